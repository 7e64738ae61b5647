package org.ecites.customs.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.EndorsementStatus;
import org.ecites.customs.service.Endorser;
import org.ecites.events.EventType;
import org.ecites.events.PermitReceived;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/**
 * A document that a partner system sent for one of our importing Parties: that Party's customs find and
 * clear it like a hosted Party's document, and once the partner sends it as used, its box 14 is the export
 * endorsement the clearance is compared with. Our own Parties' documents come from PermitSigned instead.
 */
@ApplicationScoped
public class PermitReceivedHandler implements EventHandler<PermitReceived> {

    private final Endorser endorser;

    PermitReceivedHandler(Endorser endorser) {
        this.endorser = endorser;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_RECEIVED;
    }

    @Override
    public void handle(ReceivedEvent<PermitReceived> event) {
        PermitReceived received = event.payload();
        if (received.partner() == null || received.permit() == null) {
            return;
        }
        EndorsablePermit document = EndorsablePermit.findById(received.permitId());
        if (document == null) {
            document = EndorsablePermit.of(received.permit(), null, EndorsementStatus.OPEN);
            document.partner = received.partner();
            document.persist();
        }
        if (received.exportEndorsement() != null) {
            endorser.recordAbroad(document, received.exportEndorsement());
        }
    }
}
