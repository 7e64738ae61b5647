package org.ecites.events;

import java.util.UUID;

/** The payload of every event about one permit; the permit id is the Kafka key so its events stay in order. */
public sealed interface PermitEvent permits PermitReceived, DocumentEvent {

    UUID permitId();

    String permitNumber();
}
