package org.ecites.events;

import java.time.Instant;
import java.util.UUID;

public record PermitReceived(
        UUID permitId,
        String permitNumber,
        String exporterParty,
        String importerParty,
        UUID deliveryId,
        Instant receivedAt) implements PermitEvent {
}
