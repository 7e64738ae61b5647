package org.ecites.events;

import java.time.LocalDate;
import java.util.UUID;

/** The document's validity (box 2) ended before it was used. */
public record PermitExpired(PermitDocument permit, LocalDate expiredOn) implements PermitEvent {

    @Override
    public UUID permitId() {
        return permit.permitId();
    }

    @Override
    public String permitNumber() {
        return permit.permitNumber();
    }
}
