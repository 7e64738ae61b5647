package org.ecites.events;

import java.util.UUID;

public record PermitIssued(PermitDocument permit) implements PermitEvent {

    @Override
    public UUID permitId() {
        return permit.permitId();
    }

    @Override
    public String permitNumber() {
        return permit.permitNumber();
    }
}
