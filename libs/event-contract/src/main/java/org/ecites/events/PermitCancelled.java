package org.ecites.events;

import java.time.Instant;
import java.util.UUID;

/** The issuing Management Authority withdrew the document; it may no longer be used. */
public record PermitCancelled(PermitDocument permit, String reason, String cancelledBy, Instant cancelledAt)
        implements PermitEvent {

    @Override
    public UUID permitId() {
        return permit.permitId();
    }

    @Override
    public String permitNumber() {
        return permit.permitNumber();
    }
}
