package org.ecites.events;

import java.util.UUID;

/**
 * The payload of every event. Its aggregate id is the Kafka key, so one aggregate's events stay in order;
 * its subject is the CloudEvents {@code subject}, the human name of the aggregate.
 */
public sealed interface EventPayload permits PermitEvent, PartyEvent, PartnerChanged {

    UUID aggregateId();

    String subject();
}
