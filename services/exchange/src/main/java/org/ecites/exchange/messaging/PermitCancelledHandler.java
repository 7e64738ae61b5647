package org.ecites.exchange.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitCancelled;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

@ApplicationScoped
public class PermitCancelledHandler implements EventHandler<PermitCancelled> {

    private final WithdrawalNotices notices;

    PermitCancelledHandler(WithdrawalNotices notices) {
        this.notices = notices;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_CANCELLED;
    }

    @Override
    public void handle(ReceivedEvent<PermitCancelled> event) {
        PermitCancelled cancelled = event.payload();
        notices.send(cancelled.permit(), DeliveryMessage.CANCELLATION, cancelled.reason(), null, cancelled.cancelledAt());
    }
}
