package org.ecites.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.EventPayload;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the caller's transaction. The event is published by {@link OutboxRelay} only
 * once that transaction commits, so a state change is never seen without its event or the reverse.
 */
@ApplicationScoped
public class Outbox {

    private final String service;
    private final Event<Recorded> recorded;

    Outbox(@ConfigProperty(name = "quarkus.application.name") String service, Event<Recorded> recorded) {
        this.service = service;
        this.recorded = recorded;
    }

    /** @throws IllegalArgumentException for a type this service does not own: consumers would refuse it */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(EventPayload payload, String tenant) {
        EventType type = EventType.of(payload);
        if (!type.producer().equals(service)) {
            throw new IllegalArgumentException(service + " cannot publish " + type + ": only " + type.producer()
                    + " does");
        }
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.eventType = type.cloudEventType();
        event.aggregateId = payload.aggregateId();
        event.subject = payload.subject();
        event.tenant = tenant;
        event.payload = EventJson.encode(payload);
        event.createdAt = Instant.now();
        event.traceParent = TraceParents.current().orElse(null);
        event.persist();
        recorded.fire(new Recorded(event.id));
        return event.id;
    }

    /** An event was recorded in the current transaction; {@link RelayTrigger} hears of it once that commits. */
    public record Recorded(UUID id) {
    }
}
