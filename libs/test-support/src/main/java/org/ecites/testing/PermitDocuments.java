package org.ecites.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecites.events.DocumentType;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitEndorsed;
import org.ecites.events.PermitSigned;
import org.ecites.events.TradeParty;
import org.ecites.infrastructure.TlsMaterial;
import org.ecites.reference.CodeLists;
import org.ecites.reference.DocumentCodeNames;
import org.ecites.seal.SealCodec;
import org.ecites.seal.SealSummary;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;

/** Permits and the events about them, as an object mother for tests that drive a service through Kafka. */
public final class PermitDocuments {

    /** The code printed on every test permit (EPIX TokenId). */
    public static final String VERIFICATION_CODE = "TEST0-C0DE0";
    private static final TlsMaterial.Identity TEST_SIGNER = TlsMaterial.selfSigned("CN=test document signer,C=CH");
    private static final String TEST_KEY_ID = "dGVzdC1rZXk";
    private static final Map<UUID, String> SEALS = new ConcurrentHashMap<>();
    /** The code lists the registry issues with until a Party loads others. */
    private static final CodeLists CODE_LISTS = CodeLists.load();
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private PermitDocuments() {
    }

    /** An export permit for two live Nile crocodiles (block A) and 10 kg of caviar (block B), its codes named. */
    public static PermitDocument export(String exporter, String importer) {
        return export(exporter, importer, null, List.of(item("A", "Crocodylus niloticus", "II", "W", "LIV", "2", null, null),
                item("B", "Acipenser baerii", "II", "C", "CAV", "10", "KIL", "RU")));
    }

    /** An export permit for ten scientific specimens of African elephants, under the importing Party's import permit. */
    public static PermitDocument appendixOneExport(String exporter, String importer, String importPermitNumber) {
        return export(exporter, importer, importPermitNumber,
                List.of(item("A", "Loxodonta africana", "I", "W", "SPE", "10", null, "KE")));
    }

    private static PermitDocument export(String exporter, String importer, String importPermitNumber,
            List<LineItem> items) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return DocumentCodeNames.named(new PermitDocument(UUID.randomUUID(),
                String.format("%s%02d-T%05d", exporter, today.getYear() % 100, SERIAL.incrementAndGet()),
                DocumentType.EXPORT, exporter, exporter, importer,
                new TradeParty("Exporter Ltd", "1 Harbour Road", exporter),
                new TradeParty("Importer Ltd", "2 Market Street", importer),
                new TradeParty("CITES Management Authority of " + exporter, "3 Government Square", exporter), "T",
                null, importPermitNumber, today, today.plusMonths(6), Instant.now(), "Capital", items, null), CODE_LISTS);
    }

    /** The document as a CITES XML message carries it: every box, but not the names a print gives its codes. */
    public static PermitDocument asInXml(PermitDocument permit) {
        return permit.withCodeNames(null);
    }

    private static LineItem item(String id, String species, String appendix, String source, String term,
            String quantity, String unit, String origin) {
        return new LineItem(id, species, null, null, appendix, source, term, new BigDecimal(quantity), unit, null, null,
                origin, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The permit as the signing service announces it, with a real CITESEPermit message and a real seal signed by
     * a test key; downstream services do not check the JWS, which is a placeholder.
     */
    public static PermitSigned signed(PermitDocument permit) {
        return new PermitSigned(permit, TEST_KEY_ID, "eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl", seal(permit),
                Instant.now(), VERIFICATION_CODE, xml(new PermitMessage(permit, null, null)));
    }

    /** A real seal of the document by the test key, the same every time it is asked for (ECDSA is randomised). */
    public static String seal(PermitDocument permit) {
        return SEALS.computeIfAbsent(permit.permitId(), id -> SealCodec.encode(SealSummary.of(permit, permit.issuedAt()),
                TEST_KEY_ID, TEST_SIGNER.key().getPrivate()));
    }

    /** The message signed by the test key of the document's issuing Party (the same key for every Party). */
    public static String xml(PermitMessage message) {
        return new String(PermitXml.writeSigned(message, TEST_SIGNER.key().getPrivate(),
                List.of(TEST_SIGNER.certificate())), StandardCharsets.UTF_8);
    }

    public static PermitEndorsed endorsed(PermitDocument permit, String itemId, String quantity) {
        return new PermitEndorsed(permit, UUID.randomUUID(), LocalDate.now(ZoneOffset.UTC), "CHGVA", "ch-customs",
                List.of(new PermitEndorsed.EndorsedQuantity(itemId, new BigDecimal(quantity))), "CH-DECL-1", null);
    }
}
