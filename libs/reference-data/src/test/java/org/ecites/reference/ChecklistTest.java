package org.ecites.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.ecites.reference.Listing.Lookup.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest
    @ValueSource(strings = {"Chelonia mydas", "Caretta caretta", "Eretmochelys imbricata", "Lepidochelys olivacea",
            "Lepidochelys kempii", "Natator depressus", "Dermochelys coriacea"})
    void everyMarineTurtleIsInAppendixOne(String turtle) {
        Listing.Lookup lookup = CHECKLIST.listingOn(turtle, TODAY, "MX");
        assertThat(lookup.match()).as(turtle).isEqualTo(Match.NAMED);
        assertThat(lookup.listing().orElseThrow().appendix()).as(turtle).isEqualTo("I");
    }

    @ParameterizedTest
    @CsvSource({"Bulbophyllum inventum, ORCHIDACEAE", "Cyathea inventa, Cyathea", "Echinopsis inventa, CACTACEAE"})
    void aSpeciesTheChecklistDoesNotNameIsCoveredByItsHigherTaxonsListing(String name, String listedTaxon) {
        Listing.Lookup lookup = CHECKLIST.listingOn(name, TODAY, "BR");

        assertThat(lookup.match()).isEqualTo(Match.COVERED);
        assertThat(lookup.listing().orElseThrow().appendix()).isEqualTo("II");
        assertThat(lookup.listing().get().listedTaxon()).isEqualTo(listedTaxon);
        assertThat(lookup.note()).contains("covered by " + listedTaxon + " spp., Appendix II");
    }

    @Test
    void aTaxonLeftOutOfAHigherTaxonsListingIsNotListed() {
        Listing.Lookup aloe = CHECKLIST.listingOn("Aloe vera", TODAY, "ES");
        assertThat(aloe.listing()).isEmpty();
        assertThat(aloe.note()).contains("left out of the listing of Aloe");
        assertThat(CHECKLIST.listingOn("Pereskia aculeata", TODAY, "BR").listing()).isEmpty();
        assertThat(CHECKLIST.listingOn("Aloe ferox", TODAY, "ZA").listing().orElseThrow().appendix()).isEqualTo("II");
    }

    @Test
    void aMisspeltNameIsNeverQuietlyGivenItsGenusWeakerListing() {
        Listing.Lookup tortoise = CHECKLIST.listingOn("Testudo kleinmani", TODAY, "EG");

        assertThat(tortoise.match()).isEqualTo(Match.AMBIGUOUS);
        assertThat(tortoise.note()).contains("Testudo kleinmanni (Appendix I)");
        assertThat(tortoise.suggestions()).startsWith("Testudo kleinmanni");
        assertThat(CHECKLIST.listingOn("Crocodylus nilotikus", TODAY, "EG").suggestions())
                .contains("Crocodylus niloticus");
        assertThat(CHECKLIST.listingOn("Pythn regius", TODAY, "GH").suggestions()).contains("Python regius");
    }

    @Test
    void aHybridFollowsItsStrictestListedParent() {
        Listing.Lookup falcon = CHECKLIST.listingOn("Falco rusticolus x Falco cherrug", TODAY, "AE");

        assertThat(falcon.match()).isEqualTo(Match.HYBRID);
        assertThat(falcon.listing().orElseThrow().appendix()).isEqualTo("I");
        assertThat(falcon.note()).contains("Falco rusticolus (Appendix I)").contains("Falco cherrug (Appendix II)");
        assertThat(CHECKLIST.listingOn("Falco cherrug x peregrinus", TODAY, "AE").listing().orElseThrow().appendix())
                .isEqualTo("I");
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
    void aSynonymFromSpeciesPlusResolvesToItsAcceptedNameAndCommonNamesAreSearchable() {
        String response = """
                {"taxon_concepts":[{"full_name":"Python regius","cites_listings":[{"appendix":"II","effective_at":"1977-02-04"}],
                  "synonyms":[{"full_name":"Boa regia"}],
                  "common_names":[{"name":"Ball Python","language":"EN"},{"name":"Python royal","language":"FR"},
                                  {"name":"Pitón real","language":"ES"}]}]}""";
        Checklist updated = CHECKLIST.withSpeciesPlus(response.getBytes(StandardCharsets.UTF_8));

        Listing.Lookup synonym = updated.listingOn("Boa regia", TODAY, "GH");
        assertThat(synonym.match()).isEqualTo(Match.SYNONYM);
        assertThat(synonym.checklistName()).isEqualTo("Python regius");
        assertThat(synonym.note()).isEqualTo("synonym of Python regius");
        assertThat(synonym.listing().orElseThrow().appendix()).isEqualTo("II");
        assertThat(updated.names().search("ball py", 5)).extracting(TaxonNames.TaxonName::acceptedName)
                .containsExactly("Python regius");
        assertThat(updated.names().search("piton", 5)).extracting(TaxonNames.TaxonName::language).containsExactly("ES");
        assertThat(updated.names().search("boa reg", 5)).extracting(TaxonNames.TaxonName::kind)
                .containsExactly(TaxonNames.Kind.SYNONYM);
        assertThat(updated.names().search("python reg", 5)).extracting(TaxonNames.TaxonName::name)
                .startsWith("Python regius");
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
