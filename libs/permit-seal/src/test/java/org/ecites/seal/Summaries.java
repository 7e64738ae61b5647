package org.ecites.seal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ecites.events.DocumentType;

/** Permit summaries as the registry would have them signed: an object mother. */
public final class Summaries {

    private Summaries() {
    }

    /** Two live Nile crocodiles and ten kilograms of caviar from {@code issuer} to {@code importer}. */
    public static SealSummary export(String number, String issuer, String importer, Instant signedAt) {
        LocalDate day = signedAt.atZone(ZoneOffset.UTC).toLocalDate();
        return new SealSummary(SealSummary.VERSION, number, DocumentType.EXPORT, issuer, importer, day,
                day.plusMonths(6), signedAt.getEpochSecond(), List.of(
                        new SealSummary.Item("A", "Crocodylus niloticus", "II", "W", "LIV", new BigDecimal("2"), null),
                        new SealSummary.Item("B", "Acipenser baerii", "II", "C", "CAV", new BigDecimal("10.5"),
                                "KIL")));
    }

    public static SealSummary withQuantity(SealSummary summary, String quantity) {
        SealSummary.Item first = summary.lineItems().get(0);
        SealSummary.Item changed = new SealSummary.Item(first.itemId(), first.scientificName(), first.appendix(),
                first.source(), first.term(), new BigDecimal(quantity), first.unit());
        return new SealSummary(summary.version(), summary.permitNumber(), summary.documentType(),
                summary.issuingParty(), summary.importerParty(), summary.validFrom(), summary.validUntil(),
                summary.signedAt(), List.of(changed, summary.lineItems().get(1)));
    }
}
