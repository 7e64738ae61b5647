package org.ecites.exchange.service;

import java.time.LocalDate;
import java.util.List;
import org.ecites.events.ImportCleared;

/**
 * What our importing Party's customs inspected on a partner's document, for the issuing Party's system: as
 * JSON to a REST partner, as the partner's own ConfirmQuantities to an EPIX one.
 *
 * @param port UN/LOCODE of arrival; null when the clearance named none
 */
public record ConfirmedQuantitiesNotice(String permitNumber, String issuingParty, String importingParty,
        LocalDate arrivedOn, String port, List<ImportCleared.ClearedQuantity> quantities, List<String> discrepancies) {

    public ConfirmedQuantitiesNotice {
        quantities = List.copyOf(quantities);
        discrepancies = List.copyOf(discrepancies);
    }
}
