package org.ecites.platform.inbox;

import org.ecites.events.EventType;
import org.ecites.events.EventPayload;

/**
 * A service's reaction to one type of event. It runs inside the transaction that also records
 * the event id as processed, so it is applied exactly once however often Kafka delivers it.
 * Throw {@link org.ecites.events.MalformedEventException} for an event that can never be applied.
 */
public interface EventHandler<T extends EventPayload> {

    EventType handles();

    void handle(ReceivedEvent<T> event);
}
