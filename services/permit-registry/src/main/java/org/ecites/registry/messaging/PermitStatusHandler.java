package org.ecites.registry.messaging;

import org.ecites.events.EventType;
import org.ecites.events.MalformedEventException;
import org.ecites.events.PermitEvent;
import org.ecites.platform.inbox.PermitEventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitStatus;
import org.jboss.logging.Logger;

/** Moves a permit one step along its lifecycle when another service reports what happened to it. */
abstract class PermitStatusHandler<T extends PermitEvent> implements PermitEventHandler<T> {

    private static final Logger LOG = Logger.getLogger(PermitStatusHandler.class);

    private final EventType type;
    private final PermitStatus from;
    private final PermitStatus to;

    PermitStatusHandler(EventType type, PermitStatus from, PermitStatus to) {
        this.type = type;
        this.from = from;
        this.to = to;
    }

    @Override
    public EventType handles() {
        return type;
    }

    @Override
    public void handle(ReceivedEvent<T> event) {
        Permit permit = Permit.<Permit>findByIdOptional(event.payload().permitId())
                .orElseThrow(() -> new MalformedEventException("no permit with id " + event.payload().permitId()));
        if (permit.status == from) {
            permit.status = to;
        } else {
            LOG.warnf("permit %s is %s, not %s: left as it is", permit.permitNumber, permit.status, from);
        }
    }
}
