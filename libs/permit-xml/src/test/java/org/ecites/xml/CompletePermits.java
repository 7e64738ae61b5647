package org.ecites.xml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecites.events.DocumentType;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.TradeParty;
import org.ecites.xml.PermitMessage.BlockQuantity;
import org.ecites.xml.PermitMessage.Examination;

/** Documents with every box filled and three blocks, endorsed at export and cleared at import: an object mother. */
public final class CompletePermits {

    private CompletePermits() {
    }

    static PermitMessage of(DocumentType type) {
        String issuer = type == DocumentType.IMPORT ? "NO" : "CH";
        PermitDocument permit = new PermitDocument(UUID.randomUUID(), issuer + "26-" + type.ordinal() + "00042", type,
                issuer, "CH", "NO",
                new TradeParty("Zoo Zürich AG", "Zürichbergstrasse 221, 8044 Zürich", "CH"),
                new TradeParty("Akvariet i Bergen", "Nordnesbakken 4, 5005 Bergen", "NO"),
                new TradeParty("Federal Food Safety and Veterinary Office", "Schwarzenburgstrasse 155, 3003 Bern", issuer),
                "Z", "Specimens to be transported in accordance with the IATA Live Animals Regulations",
                type == DocumentType.EXPORT ? "NO26-I00007" : null,
                LocalDate.of(2026, 11, 2), LocalDate.of(2027, 5, 1), Instant.parse("2026-11-02T09:30:15Z"), "Bern",
                List.of(block("A", "Crocodylus niloticus", "Nile crocodile", "LIV", "2", null),
                        block("B", "Acipenser baerii", "Siberian sturgeon", "CAV", "10.125", "KIL"),
                        block("C", "Dendrobates tinctorius", null, "LIV", "40", null)), null);
        return new PermitMessage(permit,
                new Examination(LocalDate.of(2026, 11, 20), "CHZRH", "ch-customs-7", "CH-26-DECL-991",
                        "AWB 724-12345675", List.of(new BlockQuantity("A", new BigDecimal("2")),
                                new BlockQuantity("B", new BigDecimal("9.5")))),
                new Examination(LocalDate.of(2026, 11, 21), "NOOSL", "no-customs-3", "NO-26-TOLL-55", null,
                        List.of(new BlockQuantity("A", new BigDecimal("2")),
                                new BlockQuantity("B", new BigDecimal("9.4")))));
    }

    /** An export permit with only the boxes every document has: no authority, conditions, quota or origin. */
    public static PermitDocument sparse() {
        return sparse("CH");
    }

    /** A Swiss-shaped export with only the boxes it must have, issued by the Party given, for Norway. */
    public static PermitDocument sparse(String issuer) {
        return new PermitDocument(UUID.randomUUID(), issuer + "26-000043", DocumentType.EXPORT, issuer, issuer, "NO",
                new TradeParty("Zoo Zürich AG", "Zürichbergstrasse 221", issuer),
                new TradeParty("Akvariet i Bergen", "Nordnesbakken 4", "NO"), null, "T", null, null,
                LocalDate.of(2026, 11, 2), LocalDate.of(2027, 5, 1), Instant.parse("2026-11-02T09:30:15Z"), null,
                List.of(new LineItem("A", "Crocodylus niloticus", null, null, "II", "W", "LIV", new BigDecimal("2"),
                        null, null, null, null, null, null, null, null, null, null, null, null, null)), null);
    }

    private static LineItem block(String id, String species, String commonName, String term, String quantity,
            String unit) {
        return new LineItem(id, species, commonName, "Marked with microchips 985-" + id, "II", "C", term,
                new BigDecimal(quantity), unit, new BigDecimal("120"), new BigDecimal("500"), "EG", "EG-24-7781",
                LocalDate.of(2024, 3, 1), "DE", "DE-25-RE-114", LocalDate.of(2025, 6, 30), "A-EG-501",
                LocalDate.of(1970, 1, 1), null, null);
    }
}
