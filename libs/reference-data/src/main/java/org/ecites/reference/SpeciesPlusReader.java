package org.ecites.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Species+ API response ({@code taxon_concepts}): the current listings of each concept
 * ({@code cites_listings}: appendix, effective_at, party, annotation), its synonyms and its common names.
 * A concept without listings is recorded as not listed in its own right.
 */
final class SpeciesPlusReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LANGUAGES = Set.of("EN", "FR", "ES");

    private SpeciesPlusReader() {
    }

    /** What one response says, by lower-cased full name. */
    record Concepts(Map<String, List<ListingEvent>> listings, Map<String, String> acceptedNameOfSynonym,
            List<TaxonNames.CommonName> commonNames) {

        static final Concepts NONE = new Concepts(Map.of(), Map.of(), List.of());

        Concepts plus(Concepts newer) {
            Map<String, List<ListingEvent>> mergedListings = new HashMap<>(listings);
            mergedListings.putAll(newer.listings);
            Map<String, String> mergedSynonyms = new HashMap<>(acceptedNameOfSynonym);
            mergedSynonyms.putAll(newer.acceptedNameOfSynonym);
            List<TaxonNames.CommonName> mergedNames = new ArrayList<>(commonNames.stream()
                    .filter(name -> !newer.listings.containsKey(name.acceptedName().toLowerCase(Locale.ROOT))).toList());
            mergedNames.addAll(newer.commonNames);
            return new Concepts(Map.copyOf(mergedListings), Map.copyOf(mergedSynonyms), List.copyOf(mergedNames));
        }
    }

    static Concepts read(byte[] response) {
        JsonNode concepts;
        try {
            concepts = JSON.readTree(response).path("taxon_concepts");
        } catch (IOException e) {
            throw new IllegalArgumentException("the Species+ response is not JSON: " + e.getMessage(), e);
        }
        if (!concepts.isArray()) {
            throw new IllegalArgumentException("the Species+ response has no taxon_concepts array");
        }
        Map<String, List<ListingEvent>> listings = new HashMap<>();
        Map<String, String> synonyms = new HashMap<>();
        List<TaxonNames.CommonName> commonNames = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            JsonNode concept = concepts.get(i);
            String name = concept.path("full_name").asText("").strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("taxon_concepts[" + i + "] has no full_name");
            }
            List<ListingEvent> events = new ArrayList<>();
            for (JsonNode listing : concept.path("cites_listings")) {
                events.add(event(listing, "taxon_concepts[" + i + "].cites_listings"));
            }
            listings.put(name.toLowerCase(Locale.ROOT), events);
            for (JsonNode synonym : concept.path("synonyms")) {
                String synonymName = synonym.path("full_name").asText("").strip();
                if (!synonymName.isEmpty()) {
                    synonyms.put(synonymName.toLowerCase(Locale.ROOT), name);
                }
            }
            for (JsonNode common : concept.path("common_names")) {
                String language = common.path("language").asText("").toUpperCase(Locale.ROOT);
                String commonName = common.path("name").asText("").strip();
                if (LANGUAGES.contains(language) && !commonName.isEmpty()) {
                    commonNames.add(new TaxonNames.CommonName(commonName, language, name));
                }
            }
        }
        return new Concepts(listings, synonyms, commonNames);
    }

    /** "CoP15 #4", as the checklist export names it, from the API's parent symbol and symbol. */
    private static String hashAnnotation(JsonNode annotation) {
        String symbol = annotation.path("symbol").asText("");
        String parent = annotation.path("parent_symbol").asText("");
        return symbol.isEmpty() ? "" : (parent.isEmpty() ? symbol : parent + " " + symbol);
    }

    private static ListingEvent event(JsonNode listing, String where) {
        String appendix = listing.path("appendix").asText("");
        if (!Set.of("I", "II", "III").contains(appendix)) {
            throw new IllegalArgumentException(where + ": unknown appendix '" + appendix + "'");
        }
        try {
            return new ListingEvent(appendix, false, false, LocalDate.parse(listing.path("effective_at").asText()),
                    listing.path("party").path("iso_code2").asText(""), Set.of(), Set.of(), Set.of(),
                    listing.path("annotation").asText(""), hashAnnotation(listing.path("hash_annotation")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": effective_at is not a date", e);
        }
    }
}
