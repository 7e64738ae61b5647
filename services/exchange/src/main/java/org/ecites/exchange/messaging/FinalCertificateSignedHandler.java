package org.ecites.exchange.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.ecites.events.EventType;
import org.ecites.events.FinalCertificateSigned;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.DeliveryRoute;
import org.ecites.exchange.repository.OutboundDocument;
import org.ecites.exchange.repository.OutboundState;
import org.ecites.exchange.service.Deliveries;
import org.ecites.exchange.service.InboxEntries;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/** The document as used follows the document to the other Party, and EPIX callers can fetch it. */
@ApplicationScoped
public class FinalCertificateSignedHandler implements EventHandler<FinalCertificateSigned> {

    private final Deliveries deliveries;
    private final Clock clock;

    FinalCertificateSignedHandler(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public EventType handles() {
        return EventType.FINAL_CERTIFICATE_SIGNED;
    }

    @Override
    public void handle(ReceivedEvent<FinalCertificateSigned> event) {
        FinalCertificateSigned signed = event.payload();
        OutboundDocument.<OutboundDocument>findByIdOptional(signed.permitId()).ifPresent(document -> {
            document.finalXml = signed.xml();
            document.status = OutboundState.USED;
            document.updatedAt = clock.instant();
        });
        deliveries.send(signed.permit(), DeliveryMessage.FINAL_CERTIFICATE, signed.xml())
                .filter(delivery -> delivery.route == DeliveryRoute.INBOX)
                .ifPresent(delivery -> InboxEntries.finalCertificate(signed, delivery));
    }
}
