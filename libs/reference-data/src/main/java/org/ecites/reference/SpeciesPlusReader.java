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
import org.ecites.reference.Checklist.ListingEvent;

/**
 * Reads the current listings of a Species+ API response ({@code taxon_concepts} with their
 * {@code cites_listings}: appendix, effective_at, party, annotation). A concept without listings is
 * recorded as not listed in its own right.
 */
final class SpeciesPlusReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpeciesPlusReader() {
    }

    static Map<String, List<ListingEvent>> listingsByName(byte[] response) {
        JsonNode concepts;
        try {
            concepts = JSON.readTree(response).path("taxon_concepts");
        } catch (IOException e) {
            throw new IllegalArgumentException("the Species+ response is not JSON: " + e.getMessage(), e);
        }
        if (!concepts.isArray()) {
            throw new IllegalArgumentException("the Species+ response has no taxon_concepts array");
        }
        Map<String, List<ListingEvent>> byName = new HashMap<>();
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
            byName.put(name.toLowerCase(Locale.ROOT), events);
        }
        return byName;
    }

    private static ListingEvent event(JsonNode listing, String where) {
        String appendix = listing.path("appendix").asText("");
        if (!Set.of("I", "II", "III").contains(appendix)) {
            throw new IllegalArgumentException(where + ": unknown appendix '" + appendix + "'");
        }
        try {
            return new ListingEvent(appendix, false, LocalDate.parse(listing.path("effective_at").asText()),
                    listing.path("party").path("iso_code2").asText(""), Set.of(), Set.of(),
                    listing.path("annotation").asText(""));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": effective_at is not a date", e);
        }
    }
}
