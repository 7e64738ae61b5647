package org.ecites.events;

import java.time.Instant;

/** A Party is hosted from now on: its officers may issue, and documents addressed to it land in its inbox. */
public record PartyOnboarded(String party, String name, String onboardedBy, Instant onboardedAt)
        implements PartyEvent {
}
