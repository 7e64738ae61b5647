package org.ecites.signing.messaging;

import org.ecites.events.EventType;
import org.ecites.events.PermitEvent;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.signing.repository.PermitState;
import org.ecites.signing.repository.SignedPermit;

/** Keeps the status verifiers see in step with what the registry and customs report. */
abstract class PermitStateHandler<T extends PermitEvent> implements EventHandler<T> {

    private final EventType type;
    private final PermitState state;

    PermitStateHandler(EventType type, PermitState state) {
        this.type = type;
        this.state = state;
    }

    @Override
    public EventType handles() {
        return type;
    }

    @Override
    public void handle(ReceivedEvent<T> event) {
        SignedPermit permit = SignedPermit.findById(event.payload().permitId());
        if (permit != null && permit.status == PermitState.VALID) {
            permit.status = state;
        }
    }
}
