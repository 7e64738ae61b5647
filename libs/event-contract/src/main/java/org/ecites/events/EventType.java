package org.ecites.events;

import java.util.Arrays;
import java.util.Optional;

/** The CloudEvents {@code type} of each event and the Java payload it carries. */
public enum EventType {
    PERMIT_ISSUED("org.ecites.permit.issued.v1", PermitIssued.class),
    PERMIT_SIGNED("org.ecites.permit.signed.v1", PermitSigned.class),
    PERMIT_RECEIVED("org.ecites.permit.received.v1", PermitReceived.class),
    PERMIT_ENDORSED("org.ecites.permit.endorsed.v1", PermitEndorsed.class),
    PERMIT_CANCELLED("org.ecites.permit.cancelled.v1", PermitCancelled.class),
    PERMIT_REPLACED("org.ecites.permit.replaced.v1", PermitReplaced.class),
    PERMIT_EXPIRED("org.ecites.permit.expired.v1", PermitExpired.class);

    /** The Kafka topic that carries every permit event, keyed by permit id. */
    public static final String PERMIT_TOPIC = "ecites.permit-events";
    /** Where consumers park what they cannot process, with the reason in a header. */
    public static final String DEAD_LETTER_TOPIC = "ecites.permit-events.dlq";
    /** CloudEvents extension attribute naming the Party (ISO 3166-1 alpha-2) that owns the event. */
    public static final String TENANT_EXTENSION = "tenant";

    private final String cloudEventType;
    private final Class<? extends PermitEvent> payloadType;

    EventType(String cloudEventType, Class<? extends PermitEvent> payloadType) {
        this.cloudEventType = cloudEventType;
        this.payloadType = payloadType;
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    public Class<? extends PermitEvent> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> fromCloudEventType(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(type)).findFirst();
    }

    public static EventType of(PermitEvent payload) {
        return Arrays.stream(values()).filter(t -> t.payloadType.isInstance(payload)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payload.getClass()));
    }
}
