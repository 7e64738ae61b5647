package org.ecites.exchange.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitReceived;
import org.ecites.events.PermitSigned;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.DeliveryRoute;
import org.ecites.exchange.repository.OutboundDocument;
import org.ecites.exchange.repository.OutboundState;
import org.ecites.exchange.repository.ReceivedPermit;
import org.ecites.exchange.service.Deliveries;
import org.ecites.exchange.service.InboxEntries;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.platform.outbox.Outbox;

/**
 * Takes each signed document to the other Party of the trade (the importing Party, or for an import
 * permit the exporting one), and keeps it for that Party's system to fetch. A redelivery never gets here (the
 * processed-event table), so a second insert of one permit is a fault to see, not to skip.
 */
@ApplicationScoped
public class PermitSignedHandler implements EventHandler<PermitSigned> {

    private final Deliveries deliveries;
    private final Outbox outbox;
    private final Clock clock;

    PermitSignedHandler(Deliveries deliveries, Outbox outbox, Clock clock) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void handle(ReceivedEvent<PermitSigned> event) {
        PermitSigned signed = event.payload();
        PermitDocument permit = signed.permit();
        keep(signed);
        deliveries.send(permit, DeliveryMessage.PERMIT, signed.xml())
                .filter(delivery -> delivery.route == DeliveryRoute.INBOX)
                .ifPresent(delivery -> deliverToInbox(signed, delivery));
    }

    private void keep(PermitSigned signed) {
        PermitDocument permit = signed.permit();
        OutboundDocument document = new OutboundDocument();
        document.permitId = permit.permitId();
        document.permitNumber = permit.permitNumber();
        document.issuingParty = permit.issuingParty();
        document.otherParty = Deliveries.otherParty(permit);
        document.document = EventJson.encode(permit);
        document.verificationCode = signed.verificationCode();
        document.seal = signed.seal();
        document.issuedXml = signed.xml();
        document.status = OutboundState.VALID;
        document.updatedAt = clock.instant();
        document.persist();
    }

    private void deliverToInbox(PermitSigned signed, Delivery delivery) {
        ReceivedPermit received = InboxEntries.entry(signed.permit(), ReceivedPermit.ISSUED, delivery.createdAt);
        received.deliveryId = delivery.id;
        received.xml = signed.xml();
        received.keyId = signed.keyId();
        received.jws = signed.jws();
        received.seal = signed.seal();
        received.persist();
        PermitDocument permit = signed.permit();
        // The event reports on the sender's document, so it is the sender's: its registry acts on it as that Party.
        outbox.record(PermitReceived.fromHostedParty(permit, delivery.id, received.receivedAt), delivery.senderParty);
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_SIGNED;
    }
}
