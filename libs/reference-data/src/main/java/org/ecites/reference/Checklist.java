package org.ecites.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The species checklist: the taxon tree and the listing history of every taxon, as in the Species+
 * (SAPI) export. It answers in which appendix a name stood on a day for specimens of a country, walking
 * from the species up through the genus, family and order whose listing may include it, and honouring
 * split listings by population and country-specific Appendix III listings. Immutable.
 */
public final class Checklist {

    private final Map<TaxonKey, Taxon> taxa;
    private final Map<String, TaxonKey> byName;
    private final Map<TaxonKey, List<ListingEvent>> history;
    /** Listings by full name from a Species+ import; they replace what the tree says of that name. */
    private final Map<String, List<ListingEvent>> current;

    Checklist(Map<TaxonKey, Taxon> taxa, Map<TaxonKey, List<ListingEvent>> history) {
        this(taxa, history, Map.of());
    }

    private Checklist(Map<TaxonKey, Taxon> taxa, Map<TaxonKey, List<ListingEvent>> history,
            Map<String, List<ListingEvent>> current) {
        this.taxa = Map.copyOf(taxa);
        this.history = Map.copyOf(history);
        this.current = Map.copyOf(current);
        Map<String, TaxonKey> names = new HashMap<>();
        taxa.values().stream()
                .sorted(Comparator.comparing((Taxon t) -> !t.accepted()))
                .forEach(t -> names.putIfAbsent(fullName(t).toLowerCase(Locale.ROOT), t.key()));
        this.byName = Map.copyOf(names);
    }

    /** The checklist shipped in this jar (see SOURCE.md): a 2013 baseline, until an administrator loads a newer one. */
    public static Checklist bundled() {
        return ChecklistReader.read(Map.of(
                "Animalia", ChecklistReader.Files.bundled("animalia"),
                "Plantae", ChecklistReader.Files.bundled("plantae")));
    }

    /** This checklist with the listings of a Species+ API response laid over it, name by name. */
    public Checklist withSpeciesPlus(byte[] taxonConceptsJson) {
        Map<String, List<ListingEvent>> merged = new HashMap<>(current);
        merged.putAll(SpeciesPlusReader.listingsByName(taxonConceptsJson));
        return new Checklist(taxa, history, merged);
    }

    public int taxonCount() {
        return taxa.size() + current.size();
    }

    public int listingCount() {
        return history.values().stream().mapToInt(List::size).sum()
                + current.values().stream().mapToInt(List::size).sum();
    }

    /** The full scientific name of a taxon of the Species+ export, by its kingdom, rank and RecID. */
    public Optional<String> nameOf(String kingdom, String rank, String recId) {
        return Optional.ofNullable(taxa.get(new TaxonKey(kingdom, rank.strip().toUpperCase(Locale.ROOT),
                recId.strip()))).map(this::fullName);
    }

    /**
     * The name and the names of every higher taxon above it, nearest first: "Hippocampus kuda",
     * "Hippocampus", "Syngnathidae", ... An unknown species of a known genus starts its genus' line.
     */
    public List<String> lineage(String name) {
        String normalised = name.strip().replaceAll("\\s+", " ");
        List<String> names = new ArrayList<>(List.of(normalised));
        TaxonKey key = keyOf(normalised.toLowerCase(Locale.ROOT));
        for (Taxon taxon = key == null ? null : taxa.get(key); taxon != null; taxon = taxa.get(taxon.parent())) {
            String taxonName = fullName(taxon);
            if (!taxonName.equalsIgnoreCase(normalised)) {
                names.add(taxonName);
            }
        }
        return List.copyOf(names);
    }

    /**
     * @param name a scientific name, e.g. "Crocodylus niloticus"; an unknown species of a known genus
     *             is looked up through its genus
     * @param country the country whose population the specimens come from (origin, else exporter)
     */
    public Listing.Lookup listingOn(String name, LocalDate day, String country) {
        String normalised = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        List<ListingEvent> imported = current.get(normalised);
        if (imported != null) {
            return new Listing.Lookup(true, listingOf(imported, name.strip(), day, country));
        }
        TaxonKey key = keyOf(normalised);
        if (key == null) {
            return Listing.Lookup.unknown();
        }
        for (Taxon taxon = taxa.get(key); taxon != null; taxon = taxa.get(taxon.parent())) {
            Optional<Listing> listing = listingOfLevel(taxon, day, country);
            if (listing.isPresent()) {
                return new Listing.Lookup(true, listing);
            }
        }
        return new Listing.Lookup(true, Optional.empty());
    }

    /**
     * The listing one level of the tree gives: the latest amendment to Appendix I or II in force that day
     * and covering the country's population; failing that, any Party's Appendix III listing in force.
     */
    private Optional<Listing> listingOfLevel(Taxon taxon, LocalDate day, String country) {
        return listingOf(history.getOrDefault(taxon.key(), List.of()), fullName(taxon), day, country);
    }

    private static Optional<Listing> listingOf(List<ListingEvent> history, String taxonName, LocalDate day,
            String country) {
        List<ListingEvent> events = history.stream().filter(e -> !e.effectiveFrom().isAfter(day)).toList();
        Optional<LocalDate> lastAmendment = events.stream().filter(ListingEvent::concernsAppendixOneOrTwo)
                .map(ListingEvent::effectiveFrom).max(Comparator.naturalOrder());
        if (lastAmendment.isPresent()) {
            Optional<ListingEvent> applicable = events.stream()
                    .filter(e -> e.concernsAppendixOneOrTwo() && e.effectiveFrom().equals(lastAmendment.get()))
                    .filter(e -> e.covers(country)).findFirst();
            if (applicable.isPresent() && !applicable.get().deletion()) {
                return Optional.of(applicable.get().toListing(taxonName));
            }
        }
        Map<String, ListingEvent> appendixThreeByParty = new HashMap<>();
        events.stream().filter(e -> e.appendix().equals("III"))
                .sorted(Comparator.comparing(ListingEvent::effectiveFrom))
                .forEach(e -> appendixThreeByParty.put(e.party(), e));
        return appendixThreeByParty.values().stream().filter(e -> !e.deletion())
                .min(Comparator.comparing(ListingEvent::effectiveFrom))
                .map(e -> e.toListing(taxonName));
    }

    /** The taxon of a lower-cased name, or of its genus when only the genus is known; null when neither is. */
    private TaxonKey keyOf(String lowerCaseName) {
        TaxonKey key = byName.get(lowerCaseName);
        if (key == null && lowerCaseName.contains(" ")) {
            key = byName.get(lowerCaseName.substring(0, lowerCaseName.indexOf(' ')));
        }
        return key;
    }

    /** Species and lower ranks carry only their epithet: the full name starts with their parent's. */
    private String fullName(Taxon taxon) {
        Taxon parent = taxa.get(taxon.parent());
        if (!taxon.belowGenus() || parent == null) {
            return taxon.name();
        }
        return fullName(parent) + (taxon.rank().equals("VARIETY") ? " var. " : " ") + taxon.name();
    }

    record TaxonKey(String kingdom, String rank, String recId) {
    }

    record Taxon(TaxonKey key, String name, TaxonKey parent, String status) {

        private static final Set<String> BELOW_GENUS = Set.of("SPECIES", "SUBSPECIES", "VARIETY");

        String rank() {
            return key.rank();
        }

        boolean belowGenus() {
            return BELOW_GENUS.contains(key.rank());
        }

        boolean accepted() {
            return "A".equals(status);
        }
    }

    /**
     * One line of a listing history: an inclusion in or deletion from an appendix, from a day, maybe only
     * for some populations (by ISO country code) or, for Appendix III, by one Party.
     */
    record ListingEvent(String appendix, boolean deletion, LocalDate effectiveFrom, String party,
            Set<String> populations, Set<String> excludedPopulations, String annotation) {

        boolean concernsAppendixOneOrTwo() {
            return appendix.equals("I") || appendix.equals("II");
        }

        boolean covers(String country) {
            if (!populations.isEmpty()) {
                return country != null && populations.contains(country);
            }
            return country == null || !excludedPopulations.contains(country);
        }

        Listing toListing(String taxon) {
            return new Listing(appendix, taxon, effectiveFrom, annotation);
        }
    }
}
