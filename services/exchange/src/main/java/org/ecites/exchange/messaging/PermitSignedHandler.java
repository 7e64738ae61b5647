package org.ecites.exchange.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitSigned;
import org.ecites.exchange.service.Router;
import org.ecites.platform.inbox.PermitEventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

@ApplicationScoped
public class PermitSignedHandler implements PermitEventHandler<PermitSigned> {

    private final Router router;

    PermitSignedHandler(Router router) {
        this.router = router;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_SIGNED;
    }

    @Override
    public void handle(ReceivedEvent<PermitSigned> event) {
        router.route(event.payload());
    }
}
