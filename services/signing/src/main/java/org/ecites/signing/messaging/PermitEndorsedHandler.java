package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitEndorsed;
import org.ecites.signing.repository.PermitState;

/** Verifiers learn that a permit has been used at export. */
@ApplicationScoped
public class PermitEndorsedHandler extends PermitStateHandler<PermitEndorsed> {

    PermitEndorsedHandler() {
        super(EventType.PERMIT_ENDORSED, PermitState.USED);
    }
}
