package org.ecites.registry.messaging;

import jakarta.inject.Inject;
import java.util.UUID;
import org.ecites.events.EventType;
import org.ecites.events.MalformedEventException;
import org.ecites.events.PermitEvent;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.registry.repository.PermitProgress;
import org.ecites.registry.repository.PermitStatus;
import org.ecites.registry.service.Actor;
import org.ecites.registry.service.AuditTrail;
import org.jboss.logging.Logger;

/**
 * Moves a document along its lifecycle when another service reports what happened to it, and writes
 * who did it to the audit trail. A report that comes too late to apply (the document was cancelled
 * meanwhile, say) is kept in the log and changes nothing.
 */
abstract class PermitStatusHandler<T extends PermitEvent> implements EventHandler<T> {

    private static final Logger LOG = Logger.getLogger(PermitStatusHandler.class);

    private final EventType type;
    private final PermitStatus next;
    private final String action;

    @Inject
    AuditTrail audit;

    PermitStatusHandler(EventType type, PermitStatus next, String action) {
        this.type = type;
        this.next = next;
        this.action = action;
    }

    /** Who did what the event reports: by default the service that sent it. */
    Actor actor(ReceivedEvent<T> event) {
        return Actor.service(event.source());
    }

    /** What the audit trail says of it. */
    abstract String detail(T payload);

    @Override
    public EventType handles() {
        return type;
    }

    @Override
    public void handle(ReceivedEvent<T> event) {
        UUID id = event.payload().permitId();
        handle(event, PermitProgress.lock(id).orElseThrow(() -> new MalformedEventException("no document with id " + id)));
    }

    void handle(ReceivedEvent<T> event, PermitProgress permit) {
        Actor actor = actor(event);
        if (permit.status().canMoveTo(next)) {
            permit.moveTo(next);
            audit.record(permit.id(), permit.tenant(), actor, action, detail(event.payload()));
        } else if (permit.status().isPast(next)) {
            // Reports travel on different topics and may overtake each other (a delivery its signature):
            // the document stays where the later report put it, and the earlier one still enters the trail.
            audit.record(permit.id(), permit.tenant(), actor, action,
                    detail(event.payload()) + " (reported after a later step)");
        } else {
            LOG.warnf("%s reported for %s, which is %s: left as it is", action, permit.permitNumber(), permit.status());
        }
    }
}
