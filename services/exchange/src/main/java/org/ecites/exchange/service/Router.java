package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitReceived;
import org.ecites.events.PermitSigned;
import org.ecites.exchange.config.ExchangeConfig;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryStatus;
import org.ecites.exchange.repository.ReceivedPermit;
import org.ecites.platform.outbox.Outbox;

/** Takes each signed permit to its importing Party: into the inbox when the Party is hosted here. */
@ApplicationScoped
public class Router {

    private final ExchangeConfig config;
    private final Outbox outbox;

    Router(ExchangeConfig config, Outbox outbox) {
        this.config = config;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void route(PermitSigned signed) {
        PermitDocument permit = signed.permit();
        if (Delivery.count("permitId", permit.permitId()) > 0) {
            return;
        }
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.permitId = permit.permitId();
        delivery.permitNumber = permit.permitNumber();
        delivery.exporterParty = permit.exporterParty();
        delivery.importerParty = permit.importerParty();
        delivery.createdAt = Instant.now();
        if (config.hostedParties().contains(permit.importerParty())) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.persist();
            deliverToInbox(signed, delivery);
        } else {
            delivery.status = DeliveryStatus.NO_ROUTE;
            delivery.reason = "Party " + permit.importerParty() + " is not hosted here and has no partner endpoint";
            delivery.persist();
        }
    }

    private void deliverToInbox(PermitSigned signed, Delivery delivery) {
        ReceivedPermit received = new ReceivedPermit();
        received.permitId = delivery.permitId;
        received.deliveryId = delivery.id;
        received.permitNumber = delivery.permitNumber;
        received.exporterParty = delivery.exporterParty;
        received.importerParty = delivery.importerParty;
        received.document = EventJson.encode(signed.permit());
        received.keyId = signed.keyId();
        received.signature = signed.signature();
        received.receivedAt = delivery.createdAt;
        received.persist();
        outbox.record(new PermitReceived(delivery.permitId, delivery.permitNumber, delivery.exporterParty,
                delivery.importerParty, delivery.id, received.receivedAt), delivery.importerParty);
    }
}
