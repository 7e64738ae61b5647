package org.ecites.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every accepted species and subspecies of the bundled checklist resolves to a listing, or to "not listed"
 * with the reason; and the number per appendix is what the export's own current-listing rows say
 * ({@code is_current = 1} on the taxon or, failing that, on the nearest higher taxon), read here
 * independently of the resolver.
 */
class ChecklistSweepTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void everyAcceptedSpeciesResolvesAndTheCountsPerAppendixMatchTheExportsCurrentListings() throws IOException {
        long start = System.nanoTime();
        Checklist checklist = Checklist.bundled();
        long loaded = System.nanoTime();
        CurrentListings export = CurrentListings.read();
        Map<String, String> expected = export.byName();
        Map<String, Integer> resolved = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        for (String species : checklist.acceptedSpecies()) {
            Listing.Lookup lookup = checklist.listingOn(species, TODAY, null);
            assertThat(lookup.match()).as(species).isEqualTo(Listing.Lookup.Match.NAMED);
            assertThat(lookup.listing().isPresent() || lookup.note() != null).as("%s says why it is not listed", species)
                    .isTrue();
            String appendix = lookup.listing().map(Listing::appendix).orElse("not listed");
            resolved.merge(appendix, 1, Integer::sum);
            if (!appendix.equals(expected.get(species))) {
                differences.add(species + ": " + appendix + ", the export says " + expected.get(species));
            }
        }
        long swept = System.nanoTime();

        System.out.printf("checklist sweep over %d accepted species and lower taxa: %s; load %d ms, sweep %d ms%n",
                checklist.acceptedSpecies().size(), resolved, (loaded - start) / 1_000_000, (swept - loaded) / 1_000_000);
        assertThat(differences).isEmpty();
        assertThat(resolved).isEqualTo(export.countPerAppendix());
    }

    /** The export's own word: the current (is_current = 1) inclusion rows of a taxon or its nearest listed ancestor. */
    private record CurrentListings(Map<String, String> byName, Map<String, Integer> countPerAppendix) {

        /** Both read in one pass: the count is per taxon, so two taxa of one name both count. */
        static CurrentListings read() throws IOException {
            CurrentListings export = new CurrentListings(new HashMap<>(), new TreeMap<>());
            for (String kingdom : List.of("animalia", "plantae")) {
                Map<String, Map<String, String>> taxa = new HashMap<>();
                for (Map<String, String> row : rows("checklist/sapi_" + kingdom + "_taxa_utf8.csv")) {
                    if (row.getOrDefault("Designation", "CITES").contains("CITES")) {
                        taxa.put(key(row.get("Rank"), row.get("RecID")), row);
                    }
                }
                Map<String, String> current = new HashMap<>();
                Map<String, String> excluded = new HashMap<>();
                for (Map<String, String> row : rows("checklist/sapi_" + kingdom + "_legislation_utf8.csv")) {
                    String listing = row.get("listing").strip();
                    if ("1".equals(row.get("is_current")) && List.of("I", "II", "III").contains(listing)
                            && !"1".equals(row.get("is_inclusion"))
                            && (listing.equals("III") || row.get("populations_iso2").isBlank())) {
                        current.merge(key(row.get("rank_name"), row.get("rec_id")), listing,
                                (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        excluded.merge(key(row.get("rank_name"), row.get("rec_id")),
                                row.get("excluded_rec_ids").replace(" ", "").toUpperCase(Locale.ROOT), String::concat);
                    }
                }
                for (Map<String, String> taxon : taxa.values()) {
                    String rank = taxon.get("Rank").toUpperCase(Locale.ROOT);
                    if ("A".equals(taxon.get("Status")) && List.of("SPECIES", "SUBSPECIES", "VARIETY").contains(rank)) {
                        String appendix = appendixOf(taxon, taxa, current, excluded);
                        export.byName().put(fullName(taxon, taxa), appendix);
                        export.countPerAppendix().merge(appendix, 1, Integer::sum);
                    }
                }
            }
            return export;
        }

        private static String fullName(Map<String, String> taxon, Map<String, Map<String, String>> taxa) {
            String rank = taxon.get("Rank").toUpperCase(Locale.ROOT);
            Map<String, String> parent = taxa.get(key(taxon.get("ParentRank"), taxon.get("ParentRecID")));
            if (!List.of("SPECIES", "SUBSPECIES", "VARIETY").contains(rank) || parent == null) {
                return taxon.get("Scientific name").strip();
            }
            return fullName(parent, taxa) + (rank.equals("VARIETY") ? " var. " : " ") + taxon.get("Scientific name").strip();
        }

        private static String appendixOf(Map<String, String> taxon, Map<String, Map<String, String>> taxa,
                Map<String, String> current, Map<String, String> excluded) {
            List<String> path = new ArrayList<>();
            for (Map<String, String> level = taxon; level != null;
                    level = taxa.get(key(level.get("ParentRank"), level.get("ParentRecID")))) {
                String levelKey = key(level.get("Rank"), level.get("RecID"));
                path.add(levelKey);
                String listing = current.get(levelKey);
                if (listing != null) {
                    String leftOut = excluded.getOrDefault(levelKey, "");
                    return path.stream().anyMatch(leftOut::contains) ? "not listed" : listing;
                }
            }
            return "not listed";
        }

        private static String key(String rank, String recId) {
            return rank.strip().toUpperCase(Locale.ROOT) + ":" + recId.strip();
        }

        private static List<Map<String, String>> rows(String resource) throws IOException {
            try (InputStream in = Checklist.class.getResourceAsStream(resource)) {
                MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in);
                return it.readAll();
            }
        }
    }
}
