package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitReceived;
import org.ecites.events.PermitSigned;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryStatus;
import org.ecites.exchange.repository.HostedParty;
import org.ecites.exchange.repository.ReceivedPermit;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.platform.outbox.Outbox;

/**
 * Takes each signed document to the other Party of the trade (the importing Party, or for an import
 * permit the exporting one): into its inbox when that Party is hosted here, as the registry announced it.
 */
@ApplicationScoped
public class Router implements EventHandler<PermitSigned> {

    private final Outbox outbox;

    Router(Outbox outbox) {
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
        delivery.senderParty = permit.issuingParty();
        delivery.recipientParty = permit.issuingParty().equals(permit.importerParty())
                ? permit.exporterParty() : permit.importerParty();
        delivery.createdAt = Instant.now();
        if (HostedParty.isHosted(delivery.recipientParty)) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.persist();
            deliverToInbox(signed, delivery);
        } else {
            delivery.status = DeliveryStatus.NO_ROUTE;
            delivery.reason = "Party " + delivery.recipientParty + " is not hosted here and has no partner endpoint";
            delivery.persist();
        }
    }

    private void deliverToInbox(PermitSigned signed, Delivery delivery) {
        ReceivedPermit received = new ReceivedPermit();
        received.permitId = delivery.permitId;
        received.deliveryId = delivery.id;
        received.permitNumber = delivery.permitNumber;
        received.senderParty = delivery.senderParty;
        received.recipientParty = delivery.recipientParty;
        received.document = EventJson.encode(signed.permit());
        received.keyId = signed.keyId();
        received.jws = signed.jws();
        received.seal = signed.seal();
        received.receivedAt = delivery.createdAt;
        received.persist();
        PermitDocument permit = signed.permit();
        // The event reports on the sender's document, so it is the sender's: its registry acts on it as that Party.
        outbox.record(new PermitReceived(delivery.permitId, delivery.permitNumber, permit.exporterParty(),
                permit.importerParty(), delivery.id, received.receivedAt), delivery.senderParty);
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_SIGNED;
    }

    @Override
    public void handle(ReceivedEvent<PermitSigned> event) {
        route(event.payload());
    }
}
