package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitCancelled;
import org.ecites.signing.repository.PermitState;

@ApplicationScoped
public class PermitCancelledHandler extends PermitStateHandler<PermitCancelled> {

    PermitCancelledHandler() {
        super(EventType.PERMIT_CANCELLED, PermitState.CANCELLED);
    }
}
