package org.ecites.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The importing Party's customs cleared the consignment (Art. VI.6: the document is used): arrival day and
 * port, the quantities inspected per line item, and every discrepancy with what was permitted and exported.
 */
public record ImportCleared(
        PermitDocument permit,
        UUID clearanceId,
        LocalDate arrivedOn,
        String port,
        String officer,
        List<ClearedQuantity> quantities,
        List<String> discrepancies) implements DocumentEvent {

    public ImportCleared {
        quantities = List.copyOf(quantities);
        discrepancies = List.copyOf(discrepancies);
    }

    public record ClearedQuantity(String itemId, BigDecimal quantity) {
    }
}
