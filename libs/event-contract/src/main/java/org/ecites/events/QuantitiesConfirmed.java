package org.ecites.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A Party that is not hosted here confirmed, through its partner system (EPIX ConfirmQuantities), the
 * quantities its customs inspected on arrival of one of our Parties' documents: an import clearance made
 * abroad.
 *
 * @param importerParty the Party whose customs inspected the goods (the partner certificate's country)
 * @param partner the partner system that called
 */
public record QuantitiesConfirmed(
        PermitDocument permit,
        String importerParty,
        String partner,
        Instant confirmedAt,
        List<ConfirmedQuantity> quantities) implements DocumentEvent {

    public QuantitiesConfirmed {
        quantities = List.copyOf(quantities);
    }

    public record ConfirmedQuantity(String itemId, BigDecimal quantity) {
    }
}
