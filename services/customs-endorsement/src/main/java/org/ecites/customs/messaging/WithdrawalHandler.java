package org.ecites.customs.messaging;

import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.EndorsementStatus;
import org.ecites.events.EventType;
import org.ecites.events.PermitEvent;
import org.ecites.platform.inbox.PermitEventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/** A document its issuing Party withdrew can no longer be endorsed at the border. */
abstract class WithdrawalHandler<T extends PermitEvent> implements PermitEventHandler<T> {

    private final EventType type;

    WithdrawalHandler(EventType type) {
        this.type = type;
    }

    @Override
    public EventType handles() {
        return type;
    }

    @Override
    public void handle(ReceivedEvent<T> event) {
        EndorsablePermit permit = EndorsablePermit.findById(event.payload().permitId());
        if (permit != null && permit.status == EndorsementStatus.OPEN) {
            permit.status = EndorsementStatus.WITHDRAWN;
        }
    }
}
