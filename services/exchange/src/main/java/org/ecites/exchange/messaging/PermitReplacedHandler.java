package org.ecites.exchange.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitReplaced;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

@ApplicationScoped
public class PermitReplacedHandler implements EventHandler<PermitReplaced> {

    private final WithdrawalNotices notices;

    PermitReplacedHandler(WithdrawalNotices notices) {
        this.notices = notices;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_REPLACED;
    }

    @Override
    public void handle(ReceivedEvent<PermitReplaced> event) {
        PermitReplaced replaced = event.payload();
        notices.send(replaced.permit(), DeliveryMessage.REPLACEMENT, replaced.reason(), replaced.replacementNumber(),
                replaced.replacedAt());
    }
}
