package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitReplaced;
import org.ecites.signing.repository.PermitState;

@ApplicationScoped
public class PermitReplacedHandler extends PermitStateHandler<PermitReplaced> {

    PermitReplacedHandler() {
        super(EventType.PERMIT_REPLACED, PermitState.REPLACED);
    }
}
