package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitEndorsed;
import org.ecites.platform.inbox.PermitEventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.signing.repository.PermitState;
import org.ecites.signing.repository.SignedPermit;

/** Verifiers learn that a permit has been used at export. */
@ApplicationScoped
public class PermitEndorsedHandler implements PermitEventHandler<PermitEndorsed> {

    @Override
    public EventType handles() {
        return EventType.PERMIT_ENDORSED;
    }

    @Override
    public void handle(ReceivedEvent<PermitEndorsed> event) {
        SignedPermit permit = SignedPermit.findById(event.payload().permitId());
        if (permit != null) {
            permit.status = PermitState.USED;
        }
    }
}
