package org.ecites.events;

import java.time.Instant;

/** The issuing Management Authority withdrew the document; it may no longer be used. */
public record PermitCancelled(PermitDocument permit, String reason, String cancelledBy, Instant cancelledAt)
        implements DocumentEvent {
}
