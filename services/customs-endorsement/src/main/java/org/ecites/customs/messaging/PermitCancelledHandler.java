package org.ecites.customs.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitCancelled;

@ApplicationScoped
public class PermitCancelledHandler extends WithdrawalHandler<PermitCancelled> {

    PermitCancelledHandler() {
        super(EventType.PERMIT_CANCELLED);
    }
}
