package org.ecites.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Box 14: what customs saw leave, per line item, with the permit it was endorsed on.
 *
 * @param customsDeclaration the export declaration the goods left under; null in events of older producers
 * @param transportDocument box 15: bill of lading or air waybill, when customs recorded one
 */
public record PermitEndorsed(
        PermitDocument permit,
        UUID endorsementId,
        LocalDate endorsedOn,
        String port,
        String officer,
        List<EndorsedQuantity> quantities,
        String customsDeclaration,
        String transportDocument) implements DocumentEvent {

    public PermitEndorsed {
        quantities = List.copyOf(quantities);
    }

    public record EndorsedQuantity(String itemId, BigDecimal quantity) {
    }
}
