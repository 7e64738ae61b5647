package org.ecites.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Listings as the bundled Species+ export records them. */
class ChecklistTest {

    private static final Checklist CHECKLIST = Checklist.bundled();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void readsBothKingdoms() {
        assertThat(CHECKLIST.taxonCount()).isGreaterThan(28_000);
        assertThat(CHECKLIST.listingCount()).isGreaterThan(2_000);
    }

    @Test
    void aSpeciesIncludedInAHigherTaxonTakesItsListing() {
        var python = CHECKLIST.listingOn("Python regius", TODAY, "GH").listing().orElseThrow();
        assertThat(python.appendix()).isEqualTo("II");
        assertThat(CHECKLIST.listingOn("Acipenser baerii", TODAY, "RU").listing().orElseThrow().appendix())
                .isEqualTo("II");
    }

    @Test
    void aSplitListingDependsOnThePopulation() {
        assertThat(appendix("Crocodylus niloticus", "BW")).isEqualTo("II");
        assertThat(appendix("Crocodylus niloticus", "NG")).isEqualTo("I");
        assertThat(appendix("Loxodonta africana", "ZA")).isEqualTo("II");
        assertThat(appendix("Loxodonta africana", "KE")).isEqualTo("I");
    }

    @Test
    void theListingInForceOnTheDayCounts() {
        assertThat(CHECKLIST.listingOn("Loxodonta africana", LocalDate.of(1985, 1, 1), "KE").listing()
                .orElseThrow().appendix()).isEqualTo("II");
        assertThat(CHECKLIST.listingOn("Loxodonta africana", LocalDate.of(1974, 1, 1), "KE").listing()).isEmpty();
    }

    @Test
    void anUnknownNameIsNotFound() {
        assertThat(CHECKLIST.listingOn("Dodo ineptus", TODAY, "MU").known()).isFalse();
    }

    @Test
    void appendixThreeListingsBelongToTheirParty() {
        String csvTaxa = "Scientific name,Rank,RecID,ParentRank,ParentRecID,Status\nTestgenus,Genus,1,,,A\nalpha,Species,2,Genus,1,A\n";
        String csvListings = "rank_name,rec_id,listing,effective_from,party_iso2,populations_iso2,EXCLUDEDpopulations_iso,short_note_en\n"
                + "SPECIES,2,III,01/01/2000,GH,,,\nSPECIES,2,DELIII,01/01/2010,GH,,,\n";
        Checklist checklist = ChecklistReader.read(Map.of("Animalia", new ChecklistReader.Files(
                csvTaxa.getBytes(StandardCharsets.UTF_8), csvListings.getBytes(StandardCharsets.UTF_8))));

        assertThat(checklist.listingOn("Testgenus alpha", LocalDate.of(2005, 1, 1), "CH").listing().orElseThrow()
                .appendix()).isEqualTo("III");
        assertThat(checklist.listingOn("Testgenus alpha", LocalDate.of(2011, 1, 1), "CH").listing()).isEmpty();
    }

    @Test
    void aMalformedFileIsRefusedWithItsLine() {
        String taxa = "Scientific name,Rank,RecID,ParentRank,ParentRecID,Status\nTestgenus,Genus,1,,,A\n";
        String listings = "rank_name,rec_id,listing,effective_from,party_iso2,populations_iso2,EXCLUDEDpopulations_iso,short_note_en\n"
                + "GENUS,1,II,2000-01-01,,,,\n";
        assertThatThrownBy(() -> ChecklistReader.read(Map.of("Animalia", new ChecklistReader.Files(
                taxa.getBytes(StandardCharsets.UTF_8), listings.getBytes(StandardCharsets.UTF_8)))))
                .hasMessageContaining("line 2").hasMessageContaining("dd/mm/yyyy");
    }

    private static String appendix(String name, String country) {
        return CHECKLIST.listingOn(name, TODAY, country).listing().orElseThrow().appendix();
    }

    @Test
    void aSpeciesPlusResponseReplacesWhatTheTreeSaysOfItsNames() {
        String response = """
                {"taxon_concepts":[
                  {"full_name":"Nasua narica","cites_listings":[{"appendix":"III","effective_at":"1987-04-13",
                    "party":{"iso_code2":"HN"}}]},
                  {"full_name":"Python regius","cites_listings":[{"appendix":"I","effective_at":"2026-01-01"}]}]}""";
        Checklist updated = CHECKLIST.withSpeciesPlus(response.getBytes(StandardCharsets.UTF_8));

        assertThat(updated.listingOn("Nasua narica", TODAY, "MX").listing().orElseThrow().appendix()).isEqualTo("III");
        assertThat(updated.listingOn("Python regius", TODAY, "GH").listing().orElseThrow().appendix()).isEqualTo("I");
        assertThat(updated.listingOn("Python regius", LocalDate.of(2025, 1, 1), "GH").listing()).isEmpty();
        assertThat(CHECKLIST.listingOn("Python regius", TODAY, "GH").listing().orElseThrow().appendix()).isEqualTo("II");
        assertThatThrownBy(() -> CHECKLIST.withSpeciesPlus("{\"taxon_concepts\":[{}]}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("full_name");
    }
}
