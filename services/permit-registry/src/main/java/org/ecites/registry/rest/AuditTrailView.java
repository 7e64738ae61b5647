package org.ecites.registry.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ecites.registry.repository.AuditEntry;
import org.ecites.registry.service.AuditTrail;

/** A document's audit trail and whether its hash chain holds; firstBrokenEntry is -1 when it does. */
public record AuditTrailView(UUID permitId, boolean chainValid, int firstBrokenEntry, List<Entry> entries) {

    public record Entry(Instant at, String actor, String role, String action, String detail, String hash) {
    }

    static AuditTrailView of(UUID permitId, List<AuditEntry> trail) {
        int broken = AuditTrail.firstBrokenEntry(trail);
        return new AuditTrailView(permitId, broken < 0, broken, trail.stream()
                .map(e -> new Entry(e.at, e.actor, e.role, e.action, e.detail, e.hash)).toList());
    }
}
