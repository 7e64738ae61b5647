package org.ecites.customs.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.EndorsementStatus;
import org.ecites.events.DocumentType;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitSigned;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/**
 * A signed export document becomes endorsable by the exporting Party's customs; import permits are not. A
 * redelivery never gets here (the processed-event table), so a second insert of one permit is a fault to see.
 */
@ApplicationScoped
public class PermitSignedHandler implements EventHandler<PermitSigned> {

    @Override
    public EventType handles() {
        return EventType.PERMIT_SIGNED;
    }

    @Override
    public void handle(ReceivedEvent<PermitSigned> event) {
        PermitDocument permit = event.payload().permit();
        if (permit.documentType() == DocumentType.IMPORT) {
            return;
        }
        EndorsablePermit.of(permit, event.payload().seal(), EndorsementStatus.OPEN).persist();
    }
}
