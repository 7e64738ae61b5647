package org.ecites.events;

import java.util.Arrays;
import java.util.Optional;

/** The CloudEvents {@code type} of each event and the Java payload it carries. */
public enum EventType {
    PERMIT_ISSUED("org.ecites.permit.issued.v1", PermitIssued.class, EventTopics.PERMIT_REGISTRY),
    PERMIT_SIGNED("org.ecites.permit.signed.v1", PermitSigned.class, EventTopics.SIGNING),
    FINAL_CERTIFICATE_SIGNED("org.ecites.permit.final-certificate-signed.v1", FinalCertificateSigned.class,
            EventTopics.SIGNING),
    PERMIT_RECEIVED("org.ecites.permit.received.v1", PermitReceived.class, EventTopics.EXCHANGE),
    QUANTITIES_CONFIRMED("org.ecites.permit.quantities-confirmed.v1", QuantitiesConfirmed.class, EventTopics.EXCHANGE),
    PARTNER_CHANGED("org.ecites.partner.changed.v1", PartnerChanged.class, EventTopics.EXCHANGE),
    PERMIT_ENDORSED("org.ecites.permit.endorsed.v1", PermitEndorsed.class, EventTopics.CUSTOMS_ENDORSEMENT),
    IMPORT_CLEARED("org.ecites.permit.import-cleared.v1", ImportCleared.class, EventTopics.CUSTOMS_ENDORSEMENT),
    PERMIT_CANCELLED("org.ecites.permit.cancelled.v1", PermitCancelled.class, EventTopics.PERMIT_REGISTRY),
    PERMIT_REPLACED("org.ecites.permit.replaced.v1", PermitReplaced.class, EventTopics.PERMIT_REGISTRY),
    PERMIT_EXPIRED("org.ecites.permit.expired.v1", PermitExpired.class, EventTopics.PERMIT_REGISTRY),
    PARTY_ONBOARDED("org.ecites.party.onboarded.v1", PartyOnboarded.class, EventTopics.PERMIT_REGISTRY),
    PARTY_OFFBOARDED("org.ecites.party.offboarded.v1", PartyOffboarded.class, EventTopics.PERMIT_REGISTRY);

    /** CloudEvents extension attribute naming the Party (ISO 3166-1 alpha-2) that owns the event. */
    public static final String TENANT_EXTENSION = "tenant";

    private final String cloudEventType;
    private final Class<? extends EventPayload> payloadType;
    private final String producer;

    EventType(String cloudEventType, Class<? extends EventPayload> payloadType, String producer) {
        this.cloudEventType = cloudEventType;
        this.payloadType = payloadType;
        this.producer = producer;
    }

    /** The service that owns this type: the only one that may publish it. */
    public String producer() {
        return producer;
    }

    /** The topic this type travels on, keyed by aggregate id; it arrives from no other. */
    public String topic() {
        return EventTopics.eventsOf(producer);
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> fromCloudEventType(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(type)).findFirst();
    }

    public static EventType of(EventPayload payload) {
        return Arrays.stream(values()).filter(t -> t.payloadType.isInstance(payload)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payload.getClass()));
    }
}
