package org.ecites.events;

import java.time.LocalDate;

/** The document's validity (box 2) ended before it was used. */
public record PermitExpired(PermitDocument permit, LocalDate expiredOn) implements DocumentEvent {
}
