package org.ecites.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A permit as issued: the boxes of the CITES standard form that every downstream service needs.
 * Parties are ISO 3166-1 alpha-2 codes; the exporter is always the issuing Party.
 */
public record PermitDocument(
        UUID permitId,
        String permitNumber,
        DocumentType documentType,
        String exporterParty,
        String importerParty,
        String purpose,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant issuedAt,
        List<LineItem> lineItems) {

    public PermitDocument {
        lineItems = List.copyOf(lineItems);
    }
}
