package org.ecites.seal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecites.events.DocumentType;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;

/**
 * What the seal on a permit says: enough for a border officer to compare the paper or the goods with
 * what the issuing Party signed. In the seal the fields have one-letter names ({@link SealCodec}).
 *
 * @param signedAt when the issuing Party signed, in epoch seconds; the key must have been valid then
 */
public record SealSummary(
        int version,
        String permitNumber,
        DocumentType documentType,
        String issuingParty,
        String importerParty,
        LocalDate validFrom,
        LocalDate validUntil,
        long signedAt,
        List<Item> lineItems) {

    public static final int VERSION = 1;

    public SealSummary {
        lineItems = List.copyOf(lineItems);
    }

    public static SealSummary of(PermitDocument permit, Instant signedAt) {
        return new SealSummary(VERSION, permit.permitNumber(), permit.documentType(), permit.issuingParty(),
                permit.importerParty(), permit.validFrom(), permit.validUntil(), signedAt.getEpochSecond(),
                permit.lineItems().stream().map(Item::of).toList());
    }

    public Instant signedAtInstant() {
        return Instant.ofEpochSecond(signedAt);
    }

    /** One block of boxes 7 to 11: species, appendix, source, term, quantity and unit. */
    public record Item(
            String itemId,
            String scientificName,
            String appendix,
            String source,
            String term,
            BigDecimal quantity,
            String unit) {

        static Item of(LineItem item) {
            return new Item(item.itemId(), item.scientificName(), item.appendix(), item.source(), item.term(),
                    item.quantity(), item.unit());
        }
    }
}
