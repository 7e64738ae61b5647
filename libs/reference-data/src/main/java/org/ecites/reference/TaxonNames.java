package org.ecites.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every name an officer may type for a taxon: accepted scientific names, synonyms and common names
 * (English, French, Spanish). Answers type-ahead searches from a sorted index of name and word starts
 * (binary search, so a search costs microseconds over the whole checklist) and suggests the closest
 * scientific names for a misspelling (bounded edit distance, which keeps its first or second letter).
 * Immutable.
 */
public final class TaxonNames {

    public enum Kind { ACCEPTED, SYNONYM, COMMON }

    /** One name of a taxon; {@code acceptedName} is the scientific name it leads to. */
    public record TaxonName(String name, Kind kind, String acceptedName, String language) {
    }

    public record CommonName(String name, String language, String acceptedName) {
    }

    private record Entry(String key, TaxonName name) {
    }

    private final Entry[] entries;
    private final List<String> scientificNames;
    private final String[] lowerCaseNames;

    TaxonNames(Collection<String> acceptedNames, Map<String, String> acceptedNameOfSynonym,
            Collection<CommonName> commonNames) {
        List<Entry> index = new ArrayList<>();
        acceptedNames.forEach(name -> addWordStarts(index, new TaxonName(name, Kind.ACCEPTED, name, null)));
        acceptedNameOfSynonym.forEach((synonym, accepted) ->
                addWordStarts(index, new TaxonName(capitalised(synonym), Kind.SYNONYM, accepted, null)));
        commonNames.forEach(common -> addWordStarts(index,
                new TaxonName(common.name(), Kind.COMMON, common.acceptedName(), common.language())));
        this.entries = index.stream().sorted(Comparator.comparing(Entry::key)).toArray(Entry[]::new);
        this.scientificNames = List.copyOf(new LinkedHashSet<>(acceptedNames));
        this.lowerCaseNames = scientificNames.stream().map(name -> name.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    /** Names with a word starting with the query (case and accents ignored), accepted names first. */
    public List<TaxonName> search(String query, int limit) {
        String prefix = key(query);
        if (prefix.isEmpty()) {
            return List.of();
        }
        int from = firstAtOrAfter(prefix);
        Set<TaxonName> found = new LinkedHashSet<>();
        for (int i = from; i < entries.length && entries[i].key().startsWith(prefix) && found.size() < limit * 4; i++) {
            found.add(entries[i].name());
        }
        return found.stream()
                .sorted(Comparator.comparing((TaxonName name) -> name.kind().ordinal())
                        .thenComparing(name -> name.name().length()).thenComparing(TaxonName::name))
                .limit(limit).toList();
    }

    /** The scientific names nearest to a misspelt one, nearest first; none further than a few letters. */
    public List<String> closest(String name, int limit) {
        String target = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int bound = Math.max(2, target.length() / 5);
        record Near(String name, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (int i = 0; i < lowerCaseNames.length; i++) {
            String lower = lowerCaseNames[i];
            // a misspelling keeps the first or the second letter: the edit distance is worked out only then
            if (Math.abs(lower.length() - target.length()) <= bound && target.length() > 1 && lower.length() > 1
                    && (lower.charAt(0) == target.charAt(0) || lower.charAt(1) == target.charAt(1))) {
                int distance = distance(target, lower, bound);
                if (distance <= bound) {
                    near.add(new Near(scientificNames.get(i), distance));
                }
            }
        }
        return near.stream().sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::name))
                .map(Near::name).limit(limit).toList();
    }

    private int firstAtOrAfter(String prefix) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (entries[middle].key().compareTo(prefix) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static void addWordStarts(List<Entry> index, TaxonName name) {
        String key = key(name.name());
        index.add(new Entry(key, name));
        for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
            index.add(new Entry(key.substring(i + 1), name));
        }
    }

    private static String key(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[\\s,()-]+", " ").toLowerCase(Locale.ROOT).strip();
    }

    private static String capitalised(String lowerCaseName) {
        return lowerCaseName.isEmpty() ? lowerCaseName
                : Character.toUpperCase(lowerCaseName.charAt(0)) + lowerCaseName.substring(1);
    }

    /** Levenshtein distance, giving up (bound + 1) as soon as every path exceeds the bound. */
    static int distance(String a, String b, int bound) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        Arrays.setAll(previous, i -> i);
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > bound) {
                return bound + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
