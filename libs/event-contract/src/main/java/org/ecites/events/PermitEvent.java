package org.ecites.events;

import java.util.UUID;

/** The payload of every event about one permit; the permit id is the Kafka key so its events stay in order. */
public sealed interface PermitEvent extends EventPayload permits PermitReceived, DocumentEvent {

    UUID permitId();

    String permitNumber();

    @Override
    default UUID aggregateId() {
        return permitId();
    }

    @Override
    default String subject() {
        return permitNumber();
    }
}
