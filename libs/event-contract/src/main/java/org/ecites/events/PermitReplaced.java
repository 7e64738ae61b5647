package org.ecites.events;

import java.time.Instant;
import java.util.UUID;

/** The document was voided and replaced by a new one, which is announced by its own PermitIssued. */
public record PermitReplaced(PermitDocument permit, UUID replacementId, String replacementNumber, String reason,
        Instant replacedAt) implements DocumentEvent {
}
