package org.ecites.events;

import java.util.List;

/**
 * Where events travel: each service writes its own events to its own topic, which only its Kafka identity
 * may write (ACLs), and parks what it cannot process on its own dead-letter topic. A consumer reads every
 * events topic and accepts a type only from the topic of the service that owns it.
 */
public final class EventTopics {

    public static final String PERMIT_REGISTRY = "permit-registry";
    public static final String SIGNING = "signing";
    public static final String EXCHANGE = "exchange";
    public static final String CUSTOMS_ENDORSEMENT = "customs-endorsement";
    public static final String ANNUAL_REPORT = "annual-report";

    /** Every service of the suite; each is a Kafka principal of the same name. */
    public static final List<String> SERVICES = List.of(PERMIT_REGISTRY, SIGNING, EXCHANGE, CUSTOMS_ENDORSEMENT,
            ANNUAL_REPORT);

    private EventTopics() {
    }

    public static String eventsOf(String service) {
        return "ecites." + service + ".events";
    }

    public static String deadLettersOf(String service) {
        return "ecites." + service + ".dlq";
    }
}
