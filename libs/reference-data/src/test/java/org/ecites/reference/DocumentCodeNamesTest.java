package org.ecites.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecites.events.CodeNames;
import org.ecites.events.DocumentType;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.TradeParty;
import org.junit.jupiter.api.Test;

class DocumentCodeNamesTest {

    private static final CodeLists CODES = CodeLists.load();

    @Test
    void namesEveryCodeTheDocumentUsesAndNoOther() {
        CodeNames names = DocumentCodeNames.named(reExport("SKI", "KIL", "XX"), CODES).codeNames();

        assertThat(names.purposes()).containsOnlyKeys("T");
        assertThat(names.terms()).containsOnlyKeys("LIV", "SKI");
        assertThat(names.sources()).containsOnlyKeys("W", "C");
        assertThat(names.units()).containsOnlyKeys("KIL");
        assertThat(names.countries()).containsOnlyKeys("CH", "NO", "DE", "TZ", "FR");
        assertThat(names.terms().get("LIV")).isEqualTo(new CodeNames.CodeName("live", "vivant", "vivo"));
    }

    @Test
    void aCodeTheListsDoNotHoldHasNoName() {
        CodeNames names = DocumentCodeNames.named(reExport("SKZ", "ZZZ", "XX"), CODES).codeNames();

        assertThat(names.terms()).containsOnlyKeys("LIV");
        assertThat(names.units()).isEmpty();
        assertThat(names.countries()).doesNotContainKey("XX");
    }

    private static PermitDocument reExport(String secondTerm, String secondUnit, String unknownCountry) {
        return new PermitDocument(UUID.randomUUID(), "CH26-000001", DocumentType.RE_EXPORT, "CH", "CH", "NO",
                new TradeParty("Reptilia AG", "Seestrasse 1", "CH"), new TradeParty("Akvariet AS", "Nordnes 4", "NO"),
                new TradeParty("Federal Food Safety and Veterinary Office", "Bern", "CH"), "T", null, null,
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 7, 5), Instant.parse("2026-01-05T10:00:00Z"), "Bern",
                List.of(item("A", "LIV", null, "TZ", "DE"), item("B", secondTerm, secondUnit, "FR", unknownCountry)), null);
    }

    private static LineItem item(String id, String term, String unit, String origin, String lastReExport) {
        return new LineItem(id, "Crocodylus niloticus", null, null, "II", id.equals("A") ? "W" : "C", term,
                BigDecimal.ONE, unit, null, null, origin, null, null, lastReExport, null, null, null, null, null, null);
    }
}
