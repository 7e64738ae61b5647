package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitExpired;
import org.ecites.signing.repository.PermitState;

@ApplicationScoped
public class PermitExpiredHandler extends PermitStateHandler<PermitExpired> {

    PermitExpiredHandler() {
        super(EventType.PERMIT_EXPIRED, PermitState.EXPIRED);
    }
}
