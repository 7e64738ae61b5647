package org.ecites.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Box 14: what customs saw leave, per line item, with the permit it was endorsed on. */
public record PermitEndorsed(
        PermitDocument permit,
        UUID endorsementId,
        LocalDate endorsedOn,
        String port,
        String officer,
        List<EndorsedQuantity> quantities) implements DocumentEvent {

    public PermitEndorsed {
        quantities = List.copyOf(quantities);
    }

    public record EndorsedQuantity(String itemId, BigDecimal quantity) {
    }
}
