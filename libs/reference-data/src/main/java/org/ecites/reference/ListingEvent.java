package org.ecites.reference;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a listing history: an inclusion in or deletion from an appendix, from a day, maybe only
 * for some populations (by ISO country code) or, for Appendix III, by one Party; maybe leaving out named
 * lower taxa ({@code excludedTaxa} as rank:RecID), with its annotation (e.g. "CoP15 #4"). An inclusion
 * hands the taxon over to the listing of the higher taxon that includes it from that day.
 */
record ListingEvent(String appendix, boolean deletion, boolean inclusion, LocalDate effectiveFrom, String party,
        Set<String> populations, Set<String> excludedPopulations, Set<String> excludedTaxa, String note,
        String hashAnnotation) {

    boolean concernsAppendixOneOrTwo() {
        return appendix.equals("I") || appendix.equals("II");
    }

    boolean covers(String country) {
        if (!populations.isEmpty()) {
            return country != null && populations.contains(country);
        }
        return country == null || !excludedPopulations.contains(country);
    }

    boolean excludes(Checklist.TaxonKey taxon) {
        return excludedTaxa.contains(taxon.rank() + ":" + taxon.recId());
    }

    Listing toListing(String taxon) {
        return new Listing(appendix, taxon, effectiveFrom, note, hashAnnotation);
    }

    /**
     * The inclusion a history puts in force on a day for a country's specimens: the latest amendment to
     * Appendix I or II covering the population (none when it is a deletion, or an inclusion in a higher
     * taxon, whose own listing then decides); failing that, the earliest
     * Appendix III listing of any Party still in force.
     */
    static Optional<ListingEvent> inForce(List<ListingEvent> history, LocalDate day, String country) {
        List<ListingEvent> events = history.stream().filter(e -> !e.effectiveFrom().isAfter(day)).toList();
        Optional<LocalDate> lastAmendment = events.stream().filter(ListingEvent::concernsAppendixOneOrTwo)
                .map(ListingEvent::effectiveFrom).max(Comparator.naturalOrder());
        if (lastAmendment.isPresent()) {
            Optional<ListingEvent> applicable = events.stream()
                    .filter(e -> e.concernsAppendixOneOrTwo() && e.effectiveFrom().equals(lastAmendment.get()))
                    .filter(e -> e.covers(country)).findFirst();
            if (applicable.isPresent() && !applicable.get().deletion() && !applicable.get().inclusion()) {
                return applicable;
            }
        }
        Map<String, ListingEvent> appendixThreeByParty = new HashMap<>();
        events.stream().filter(e -> e.appendix().equals("III"))
                .sorted(Comparator.comparing(ListingEvent::effectiveFrom))
                .forEach(e -> appendixThreeByParty.put(e.party(), e));
        return appendixThreeByParty.values().stream().filter(e -> !e.deletion())
                .min(Comparator.comparing(ListingEvent::effectiveFrom));
    }
}
