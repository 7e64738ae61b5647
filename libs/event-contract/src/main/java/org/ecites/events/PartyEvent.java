package org.ecites.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** An event about a Party hosted on the platform; all of one Party's events share a key, so they stay in order. */
public sealed interface PartyEvent extends EventPayload permits PartyOnboarded, PartyOffboarded {

    /** ISO 3166-1 alpha-2 code of the Party. */
    String party();

    @Override
    default UUID aggregateId() {
        return UUID.nameUUIDFromBytes(("party:" + party()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    default String subject() {
        return party();
    }
}
