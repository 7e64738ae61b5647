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

/** A signed export document becomes endorsable by the exporting Party's customs; import permits are not. */
@ApplicationScoped
public class PermitSignedHandler implements EventHandler<PermitSigned> {

    @Override
    public EventType handles() {
        return EventType.PERMIT_SIGNED;
    }

    @Override
    public void handle(ReceivedEvent<PermitSigned> event) {
        PermitDocument permit = event.payload().permit();
        if (permit.documentType() == DocumentType.IMPORT || EndorsablePermit.findById(permit.permitId()) != null) {
            return;
        }
        EndorsablePermit.of(permit, event.payload().seal(), EndorsementStatus.OPEN).persist();
    }
}
