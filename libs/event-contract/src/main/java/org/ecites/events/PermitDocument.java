package org.ecites.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A permit or certificate as issued: every box of the CITES standard form (Res. Conf. 12.3) but the
 * export endorsement (box 14), which customs adds. Parties are ISO 3166-1 alpha-2 codes.
 *
 * @param issuingParty the Party whose Management Authority issued the document (box 6)
 * @param issuingAuthority box 6: that Management Authority's name and address as recorded when the
 *                         document was made, or null when the Party has recorded none
 * @param importPermitNumber for an Appendix I export, the importing Party's import permit (Art. III.2(d))
 * @param specialConditions box 5
 * @param placeOfIssue box 13, with {@code issuedAt}
 * @param codeNames the names of the document's codes as issued, to print it with; null in events of older producers
 *                  and in documents received from outside systems
 */
public record PermitDocument(
        UUID permitId,
        String permitNumber,
        DocumentType documentType,
        String issuingParty,
        String exporterParty,
        String importerParty,
        TradeParty exporter,
        TradeParty importer,
        TradeParty issuingAuthority,
        String purpose,
        String specialConditions,
        String importPermitNumber,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant issuedAt,
        String placeOfIssue,
        List<LineItem> lineItems,
        CodeNames codeNames) {

    public PermitDocument {
        lineItems = List.copyOf(lineItems);
    }

    public PermitDocument withCodeNames(CodeNames names) {
        return new PermitDocument(permitId, permitNumber, documentType, issuingParty, exporterParty, importerParty,
                exporter, importer, issuingAuthority, purpose, specialConditions, importPermitNumber, validFrom,
                validUntil, issuedAt, placeOfIssue, lineItems, names);
    }
}
