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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecites.reference.Listing.Lookup;
import org.ecites.reference.Listing.Lookup.Match;

/**
 * The species checklist: the taxon tree and the listing history of every taxon, as in the Species+
 * (SAPI) export, with the names, synonyms and listings of Species+ API responses laid over it. It answers
 * in which appendix a written name stood on a day for specimens of a country: walking from the species up
 * through the genus, family and order whose listing includes it ("spp."), honouring split listings by
 * population, Appendix III listings by Party and the taxa a listing leaves out; a hybrid under its
 * strictest parent; and never giving a name it does not hold a weaker listing than its genus' named
 * species stand in. Immutable.
 */
public final class Checklist {

    private static final Pattern HYBRID = Pattern.compile("(.+?)\\s+[x×]\\s+(.+)", Pattern.CASE_INSENSITIVE);
    private static final int SUGGESTIONS = 5;

    private final Map<TaxonKey, Taxon> taxa;
    private final Map<TaxonKey, String> fullNames = new HashMap<>();
    private final Map<String, TaxonKey> byName = new HashMap<>();
    private final Map<TaxonKey, List<TaxonKey>> children = new HashMap<>();
    private final Map<TaxonKey, List<ListingEvent>> history;
    private final SpeciesPlusReader.Concepts speciesPlus;
    private final TaxonNames names;

    Checklist(Map<TaxonKey, Taxon> taxa, Map<TaxonKey, List<ListingEvent>> history) {
        this(taxa, history, SpeciesPlusReader.Concepts.NONE);
    }

    private Checklist(Map<TaxonKey, Taxon> taxa, Map<TaxonKey, List<ListingEvent>> history,
            SpeciesPlusReader.Concepts speciesPlus) {
        this.taxa = Map.copyOf(taxa);
        this.history = Map.copyOf(history);
        this.speciesPlus = speciesPlus;
        taxa.values().forEach(taxon -> children.computeIfAbsent(taxon.parent(), k -> new ArrayList<>()).add(taxon.key()));
        taxa.values().stream().sorted(Comparator.comparing((Taxon t) -> !t.accepted()))
                .forEach(t -> byName.putIfAbsent(fullName(t).toLowerCase(Locale.ROOT), t.key()));
        List<String> accepted = new ArrayList<>(taxa.values().stream().filter(Taxon::accepted).map(this::fullName).toList());
        speciesPlus.listings().keySet().forEach(name -> accepted.add(Character.toUpperCase(name.charAt(0)) + name.substring(1)));
        this.names = new TaxonNames(accepted, speciesPlus.acceptedNameOfSynonym(), speciesPlus.commonNames());
    }

    /** The checklist shipped in this jar (see SOURCE.md): a 2013 baseline, until an administrator loads a newer one. */
    public static Checklist bundled() {
        return ChecklistReader.read(Map.of(
                "Animalia", ChecklistReader.Files.bundled("animalia"),
                "Plantae", ChecklistReader.Files.bundled("plantae")));
    }

    /** This checklist with the listings, synonyms and common names of a Species+ API response laid over it. */
    public Checklist withSpeciesPlus(byte[] taxonConceptsJson) {
        return new Checklist(taxa, history, speciesPlus.plus(SpeciesPlusReader.read(taxonConceptsJson)));
    }

    public int taxonCount() {
        return taxa.size() + speciesPlus.listings().size();
    }

    public int listingCount() {
        return history.values().stream().mapToInt(List::size).sum()
                + speciesPlus.listings().values().stream().mapToInt(List::size).sum();
    }

    /** Accepted names, synonyms and common names, for type-ahead searches and suggestions. */
    public TaxonNames names() {
        return names;
    }

    /** The accepted species (and lower ranks) the tree holds, by full name. */
    public List<String> acceptedSpecies() {
        return taxa.values().stream().filter(t -> t.accepted() && t.belowGenus()).map(this::fullName).sorted().toList();
    }

    /** The full scientific name of a taxon of the Species+ export, by its kingdom, rank and RecID. */
    public Optional<String> nameOf(String kingdom, String rank, String recId) {
        return Optional.ofNullable(taxa.get(new TaxonKey(kingdom, rank.strip().toUpperCase(Locale.ROOT),
                recId.strip()))).map(this::fullName);
    }

    /**
     * The name (the accepted one for a synonym) and the names of every higher taxon above it, nearest
     * first: "Hippocampus kuda", "Hippocampus", "Syngnathidae", ... An unknown species of a known genus
     * starts its genus' line.
     */
    public List<String> lineage(String name) {
        String written = normalised(name);
        String accepted = speciesPlus.acceptedNameOfSynonym().getOrDefault(written.toLowerCase(Locale.ROOT), written);
        List<String> lineage = new ArrayList<>(List.of(accepted));
        TaxonKey key = keyOf(accepted.toLowerCase(Locale.ROOT));
        for (Taxon taxon = key == null ? null : taxa.get(key); taxon != null; taxon = taxa.get(taxon.parent())) {
            if (!fullName(taxon).equalsIgnoreCase(accepted)) {
                lineage.add(fullName(taxon));
            }
        }
        return List.copyOf(lineage);
    }

    /**
     * @param name a scientific name as written on the document: a species, a synonym, a hybrid ("Falco
     *             rusticolus x Falco cherrug"), or a species the checklist does not name
     * @param country the country whose population the specimens come from (origin, else exporter)
     */
    public Lookup listingOn(String name, LocalDate day, String country) {
        String written = normalised(name);
        String lower = written.toLowerCase(Locale.ROOT);
        String accepted = speciesPlus.acceptedNameOfSynonym().get(lower);
        if (accepted != null) {
            Lookup lookup = listingOn(accepted, day, country);
            return new Lookup(Match.SYNONYM, lookup.checklistName(), lookup.listing(),
                    "synonym of " + accepted, lookup.suggestions());
        }
        List<ListingEvent> imported = speciesPlus.listings().get(lower);
        if (imported != null) {
            return new Lookup(Match.NAMED, written, ListingEvent.inForce(imported, day, country)
                    .map(event -> event.toListing(written)), null, List.of());
        }
        TaxonKey key = byName.get(lower);
        if (key != null) {
            Walk walk = walk(key, day, country);
            String note = walk.listing().isPresent() || walk.note() != null ? walk.note() : notListed(key, day);
            return new Lookup(Match.NAMED, fullName(taxa.get(key)), walk.listing(), note, List.of());
        }
        Matcher hybrid = HYBRID.matcher(written);
        if (hybrid.matches()) {
            return hybrid(hybrid.group(1), hybrid.group(2), day, country);
        }
        return unnamed(written, day, country);
    }

    /** Res. Conf. 10.17: a hybrid with a parent in Appendix I or II is treated under that parent's appendix. */
    private Lookup hybrid(String first, String second, LocalDate day, String country) {
        String secondName = second.contains(" ") ? second : first.split(" ")[0] + " " + second;
        Lookup a = listingOn(first, day, country);
        Lookup b = listingOn(secondName, day, country);
        for (Lookup parent : List.of(a, b)) {
            if (parent.match() == Match.UNKNOWN || parent.match() == Match.AMBIGUOUS) {
                return parent;
            }
        }
        Lookup strictest = Listing.strictness(a.listing()) <= Listing.strictness(b.listing()) ? a : b;
        return new Lookup(Match.HYBRID, strictest.checklistName(), strictest.listing(), "hybrid of "
                + a.checklistName() + " (" + appendixOf(a) + ") and " + b.checklistName() + " (" + appendixOf(b)
                + "), treated under " + strictest.checklistName() + " (Res. Conf. 10.17)", List.of());
    }

    /**
     * A species (or subspecies) the checklist does not name: its genus (species) decides, unless that
     * higher taxon holds named species in stricter appendices; then the officer must say which it is.
     */
    private Lookup unnamed(String written, LocalDate day, String country) {
        int lastSpace = written.lastIndexOf(' ');
        TaxonKey parent = lastSpace < 0 ? null : byName.get(written.substring(0, lastSpace).toLowerCase(Locale.ROOT));
        if (parent == null && lastSpace > 0) {
            parent = byName.get(written.substring(0, written.indexOf(' ')).toLowerCase(Locale.ROOT));
        }
        if (parent == null) {
            return Lookup.unknown(names.closest(written, SUGGESTIONS));
        }
        Walk covering = walk(parent, day, country);
        int strictness = Listing.strictness(covering.listing());
        List<String> stricter = new ArrayList<>();
        for (TaxonKey sibling : children.getOrDefault(parent, List.of())) {
            Taxon taxon = taxa.get(sibling);
            if (!taxon.accepted()) {
                continue;
            }
            Optional<Listing> listing = walk(sibling, day, country).listing();
            if (Listing.strictness(listing) < strictness) {
                stricter.add(fullName(taxon) + " (Appendix " + listing.get().appendix() + ")");
            }
        }
        String parentName = fullName(taxa.get(parent));
        if (!stricter.isEmpty()) {
            return new Lookup(Match.AMBIGUOUS, parentName, covering.listing(), written + " is not named in the "
                    + "checklist and " + parentName + " holds species in stricter appendices: "
                    + String.join(", ", stricter.stream().sorted().limit(10).toList())
                    + (stricter.size() > 10 ? " and " + (stricter.size() - 10) + " more" : ""),
                    names.closest(written, SUGGESTIONS));
        }
        String note = covering.listing().map(listing -> "not named in the checklist; covered by " + listing.listedTaxon()
                + " spp., Appendix " + listing.appendix() + ", since " + listing.effectiveFrom()).orElse(covering.note());
        return new Lookup(Match.COVERED, parentName, covering.listing(), note, List.of());
    }

    private record Walk(Optional<Listing> listing, String note) {
    }

    /**
     * From a taxon up the tree to the nearest level with an Appendix I or II listing in force (a species is
     * in Appendix III only when no level puts it in I or II), then likewise for Appendix III; a listing that
     * leaves out a taxon on the way does not apply to it.
     */
    private Walk walk(TaxonKey start, LocalDate day, String country) {
        Walk oneOrTwo = walk(start, history -> ListingEvent.appendixOneOrTwoInForce(history, day, country));
        if (oneOrTwo.listing().isPresent()) {
            return oneOrTwo;
        }
        Walk three = walk(start, history -> ListingEvent.appendixThreeInForce(history, day));
        return three.listing().isPresent() || oneOrTwo.note() == null ? three : oneOrTwo;
    }

    private Walk walk(TaxonKey start, Function<List<ListingEvent>, Optional<ListingEvent>> inForce) {
        List<TaxonKey> below = new ArrayList<>();
        for (Taxon taxon = taxa.get(start); taxon != null; taxon = taxa.get(taxon.parent())) {
            Optional<ListingEvent> event = inForce.apply(history.getOrDefault(taxon.key(), List.of()));
            below.add(taxon.key());
            if (event.isPresent()) {
                if (below.stream().anyMatch(event.get()::excludes)) {
                    return new Walk(Optional.empty(), "left out of the listing of " + fullName(taxon) + ": "
                            + event.get().note().replaceAll("<[^>]+>", ""));
                }
                return new Walk(Optional.of(event.get().toListing(fullName(taxon))), null);
            }
        }
        return new Walk(Optional.empty(), null);
    }

    /** Why a named taxon has no listing: its last deletion, or no listing of it or above it at all. */
    private String notListed(TaxonKey key, LocalDate day) {
        return history.getOrDefault(key, List.of()).stream()
                .filter(e -> e.deletion() && !e.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(ListingEvent::effectiveFrom))
                .map(e -> "deleted from Appendix " + e.appendix() + " on " + e.effectiveFrom())
                .orElse("no listing of it or of a higher taxon is in force on " + day);
    }

    private static String appendixOf(Lookup lookup) {
        return lookup.listing().map(listing -> "Appendix " + listing.appendix()).orElse("not listed");
    }

    /** The taxon of a lower-cased name, or of its genus when only the genus is known; null when neither is. */
    private TaxonKey keyOf(String lowerCaseName) {
        TaxonKey key = byName.get(lowerCaseName);
        if (key == null && lowerCaseName.contains(" ")) {
            key = byName.get(lowerCaseName.substring(0, lowerCaseName.indexOf(' ')));
        }
        return key;
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    /** Species and lower ranks carry only their epithet: the full name starts with their parent's. */
    private String fullName(Taxon taxon) {
        String known = fullNames.get(taxon.key());
        if (known != null) {
            return known;
        }
        Taxon parent = taxa.get(taxon.parent());
        String name = !taxon.belowGenus() || parent == null ? taxon.name()
                : fullName(parent) + (taxon.rank().equals("VARIETY") ? " var. " : " ") + taxon.name();
        fullNames.put(taxon.key(), name);
        return name;
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
}
