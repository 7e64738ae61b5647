package org.ecites.platform.inbox;

import java.time.Instant;
import java.util.UUID;
import org.ecites.events.EventPayload;

/** An event read from Kafka: its CloudEvents attributes and its decoded payload. */
public record ReceivedEvent<T extends EventPayload>(UUID id, String source, String tenant, Instant time, T payload) {
}
