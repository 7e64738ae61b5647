package org.ecites.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.ecites.events.EventType;
import org.ecites.events.PermitEndorsed;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.platform.security.Roles;
import org.ecites.registry.repository.PermitStatus;
import org.ecites.registry.service.Actor;

@ApplicationScoped
public class PermitEndorsedHandler extends PermitStatusHandler<PermitEndorsed> {

    PermitEndorsedHandler() {
        super(EventType.PERMIT_ENDORSED, PermitStatus.USED, "ENDORSED");
    }

    @Override
    Actor actor(ReceivedEvent<PermitEndorsed> event) {
        return new Actor(event.payload().officer(), Roles.CUSTOMS_OFFICER);
    }

    @Override
    String detail(PermitEndorsed endorsed) {
        return "at " + endorsed.port() + " on " + endorsed.endorsedOn() + ": " + endorsed.quantities().stream()
                .map(q -> q.itemId() + " " + q.quantity().toPlainString()).collect(Collectors.joining(", "));
    }
}
