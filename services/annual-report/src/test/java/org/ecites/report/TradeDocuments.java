package org.ecites.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecites.events.DocumentType;
import org.ecites.events.ImportCleared;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitEndorsed;
import org.ecites.events.TradeParty;

/** Documents of a past trade year and what customs saw of them, as their events carry them. */
final class TradeDocuments {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 90_000));

    private TradeDocuments() {
    }

    static LineItem item(String id, String species, String appendix, String source, String term, String quantity,
            String unit, String origin, String originPermit) {
        return new LineItem(id, species, null, null, appendix, source, term, new BigDecimal(quantity), unit, null, null,
                origin, originPermit, null, null, null, null, null, null, null, null);
    }

    static LineItem reExported(String id, String species, String term, String quantity, String origin,
            String originPermit, String lastReExportCountry, String lastReExportCertificate) {
        return new LineItem(id, species, null, null, "II", "C", term, new BigDecimal(quantity), null, null, null,
                origin, originPermit, null, lastReExportCountry, lastReExportCertificate, null, null, null, null, null);
    }

    /** Issued on 1 March of the year, valid for six months, numbered in issue order within the test run. */
    static PermitDocument issued(DocumentType type, String exporter, String importer, int year, String importPermit,
            LineItem... items) {
        LocalDate issuedOn = LocalDate.of(year, 3, 1);
        return new PermitDocument(UUID.randomUUID(), "%s%02d-G%05d".formatted(exporter, year % 100,
                SERIAL.incrementAndGet()), type, exporter, exporter, importer,
                new TradeParty("Exporter Ltd", "1 Harbour Road", exporter),
                new TradeParty("Importer Ltd", "2 Market Street", importer),
                new TradeParty("CITES Management Authority of " + exporter, "3 Government Square", exporter), "T",
                null, importPermit, issuedOn, issuedOn.plusMonths(6), issuedOn.atStartOfDay().toInstant(ZoneOffset.UTC),
                "Capital", List.of(items), null);
    }

    static PermitEndorsed endorsed(PermitDocument permit, LocalDate on, Map<String, String> quantities) {
        return new PermitEndorsed(permit, UUID.randomUUID(), on, "CHZRH", "ch-customs", quantities.entrySet().stream()
                .map(q -> new PermitEndorsed.EndorsedQuantity(q.getKey(), new BigDecimal(q.getValue()))).toList(),
                "CH-DECL-1", "AWB 724-1");
    }

    static ImportCleared cleared(PermitDocument permit, LocalDate on, Map<String, String> quantities) {
        return new ImportCleared(permit, UUID.randomUUID(), on, "NOOSL", "no-customs", quantities.entrySet().stream()
                .map(q -> new ImportCleared.ClearedQuantity(q.getKey(), new BigDecimal(q.getValue()))).toList(),
                List.of());
    }
}
