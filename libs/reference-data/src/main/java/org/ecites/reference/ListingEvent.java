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
     * The Appendix I or II inclusion a history puts in force on a day for a country's specimens: the latest
     * amendment covering the population; none when that is a deletion, or an inclusion in a higher taxon,
     * whose own listing then decides.
     */
    static Optional<ListingEvent> appendixOneOrTwoInForce(List<ListingEvent> history, LocalDate day, String country) {
        List<ListingEvent> events = history.stream()
                .filter(e -> !e.effectiveFrom().isAfter(day) && e.concernsAppendixOneOrTwo()).toList();
        Optional<LocalDate> lastAmendment = events.stream().map(ListingEvent::effectiveFrom).max(Comparator.naturalOrder());
        // a transfer between appendices is a deletion and an inclusion on the same day: the inclusion counts
        return lastAmendment.flatMap(last -> events.stream()
                .filter(e -> e.effectiveFrom().equals(last) && e.covers(country))
                .min(Comparator.comparing(ListingEvent::deletion)))
                .filter(e -> !e.deletion() && !e.inclusion());
    }

    /**
     * The earliest Appendix III listing of any Party still in force on a day. A deletion naming no Party
     * ends them all, one naming a Party ends that Party's and any that named none; an inclusion of the
     * taxon in Appendix I or II (in its own right or within a higher taxon) supersedes the earlier ones.
     */
    static Optional<ListingEvent> appendixThreeInForce(List<ListingEvent> history, LocalDate day) {
        LocalDate supersededBefore = history.stream()
                .filter(e -> !e.effectiveFrom().isAfter(day) && e.concernsAppendixOneOrTwo() && !e.deletion())
                .map(ListingEvent::effectiveFrom).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        Map<String, ListingEvent> byParty = new HashMap<>();
        history.stream().filter(e -> !e.effectiveFrom().isAfter(day) && e.appendix().equals("III"))
                .filter(e -> !e.effectiveFrom().isBefore(supersededBefore))
                .sorted(Comparator.comparing(ListingEvent::effectiveFrom))
                .forEach(e -> {
                    if (e.deletion()) {
                        if (e.party().isEmpty()) {
                            byParty.clear();
                        }
                        byParty.remove("");
                    }
                    byParty.put(e.party(), e);
                });
        return byParty.values().stream().filter(e -> !e.deletion()).min(Comparator.comparing(ListingEvent::effectiveFrom));
    }

    /** What a listing history alone (one taxon, no tree) puts in force: Appendix I or II first, else III. */
    static Optional<ListingEvent> inForce(List<ListingEvent> history, LocalDate day, String country) {
        return appendixOneOrTwoInForce(history, day, country).or(() -> appendixThreeInForce(history, day));
    }
}
