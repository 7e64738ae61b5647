package org.ecites.events;

import java.time.Instant;

/** A Party is no longer hosted: nothing new is issued for it or delivered to it; its data and audit trail stay. */
public record PartyOffboarded(String party, String reason, String offboardedBy, Instant offboardedAt)
        implements PartyEvent {
}
