package org.ecites.customs.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitReplaced;

@ApplicationScoped
public class PermitReplacedHandler extends WithdrawalHandler<PermitReplaced> {

    PermitReplacedHandler() {
        super(EventType.PERMIT_REPLACED);
    }
}
