package org.ecites.events;

import java.util.UUID;

/** The payload of every event about one permit; the permit id is the Kafka key so its events stay in order. */
public sealed interface PermitEvent permits PermitIssued, PermitSigned, PermitReceived, PermitEndorsed,
        PermitCancelled, PermitReplaced, PermitExpired {

    UUID permitId();

    String permitNumber();
}
