package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.ecites.events.PermitDocument;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryHistory;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.DeliveryRoute;
import org.ecites.exchange.repository.DeliveryStatus;
import org.ecites.exchange.repository.HostedParty;
import org.ecites.exchange.repository.Partner;
import org.ecites.exchange.repository.PartnerProtocol;

/**
 * Makes the delivery of one message about a document, once, and picks its route: the inbox of a Party
 * hosted here, a push to the partner system of one that takes pushes, or else a wait to be pulled.
 */
@ApplicationScoped
public class Deliveries {

    private final Clock clock;

    Deliveries(Clock clock) {
        this.clock = clock;
    }

    /** @return the new delivery, or empty when this message about the document was sent already */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery> send(PermitDocument permit, DeliveryMessage message, String payload) {
        return send(permit.permitId(), permit.permitNumber(), permit.issuingParty(), otherParty(permit), message, payload);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery> send(UUID permitId, String permitNumber, String sender, String recipient,
            DeliveryMessage message, String payload) {
        if (Delivery.of(permitId, message).isPresent()) {
            return Optional.empty();
        }
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.permitId = permitId;
        delivery.permitNumber = permitNumber;
        delivery.senderParty = sender;
        delivery.recipientParty = recipient;
        delivery.message = message;
        delivery.payload = payload;
        delivery.createdAt = clock.instant();
        Optional<Partner> partner = Partner.serving(recipient);
        delivery.partnerId = partner.map(p -> p.id).orElse(null);
        if (HostedParty.isHosted(recipient)) {
            delivery.route = DeliveryRoute.INBOX;
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = delivery.createdAt;
        } else if (partner.filter(p -> pushes(p, message)).isPresent()) {
            delivery.route = DeliveryRoute.PUSH;
            delivery.status = DeliveryStatus.PENDING_DELIVERY;
            delivery.nextAttemptAt = delivery.createdAt;
        } else {
            delivery.route = DeliveryRoute.PULL;
            delivery.status = DeliveryStatus.PENDING_DELIVERY;
            delivery.reason = partner.isPresent() ? "waits for " + partner.get().name + " to fetch it"
                    : "Party " + recipient + " is neither hosted here nor served by a partner: it waits to be pulled";
        }
        delivery.persist();
        DeliveryHistory.record(delivery, delivery.createdAt, delivery.status.name(), delivery.route.name());
        return Optional.of(delivery);
    }

    /** The Party at the other end of the trade: the importer, or the exporter of an import permit. */
    public static String otherParty(PermitDocument permit) {
        return permit.issuingParty().equals(permit.importerParty()) ? permit.exporterParty() : permit.importerParty();
    }

    /** EPIX partners pull documents; they take only our calls of their ConfirmQuantities. */
    private static boolean pushes(Partner partner, DeliveryMessage message) {
        return partner.endpoint != null && (partner.protocol == PartnerProtocol.REST
                || message == DeliveryMessage.CONFIRMED_QUANTITIES);
    }
}
