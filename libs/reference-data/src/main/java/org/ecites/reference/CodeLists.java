package org.ecites.reference;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The CITES code lists: source, purpose, term and unit codes with their English, French and Spanish
 * names, the allowed term/unit and term/purpose pairs, and the ISO 3166-1 alpha-2 country codes with
 * their names in the same three languages.
 * Immutable once loaded; {@link #load()} reads the copies shipped in this jar (see SOURCE.md).
 */
public record CodeLists(
        Map<String, CodeName> sources,
        Map<String, CodeName> purposes,
        Map<String, CodeName> terms,
        Map<String, CodeName> units,
        Set<CodePair> termUnits,
        Set<CodePair> termPurposes,
        Map<String, CodeName> countries) {

    /** The empty unit: a quantity given as a number of specimens. */
    public static final String NUMBER_OF_SPECIMENS = "";

    public static CodeLists load() {
        return CodeListLoader.read(CodeListLoader::bundled);
    }

    /** The names of the files code lists are read from. */
    public static List<String> fileNames() {
        return CodeListLoader.FILES;
    }

    /**
     * Code lists from the given files (name to content), each in the shape of the bundled file of that
     * name; a file not given is taken from {@code fallback}.
     *
     * @throws IllegalArgumentException naming the file that cannot be read
     */
    public static CodeLists read(Map<String, byte[]> files, Function<String, byte[]> fallback) {
        return CodeListLoader.read(name -> files.containsKey(name) ? files.get(name) : fallback.apply(name));
    }

    /** The content of a bundled file, for a version that replaces only some of them. */
    public static byte[] bundledFile(String name) {
        return CodeListLoader.bundled(name);
    }


    public boolean isSource(String code) {
        return sources.containsKey(code);
    }

    public boolean isPurpose(String code) {
        return purposes.containsKey(code);
    }

    public boolean isTerm(String code) {
        return terms.containsKey(code);
    }

    public boolean isUnit(String code) {
        return code == null || NUMBER_OF_SPECIMENS.equals(code) || units.containsKey(code);
    }

    public boolean isCountry(String code) {
        return countries.containsKey(code);
    }

    public boolean allowsUnitFor(String term, String unit) {
        return termUnits.contains(new CodePair(term, unit == null ? NUMBER_OF_SPECIMENS : unit));
    }

    public boolean allowsPurposeFor(String term, String purpose) {
        return termPurposes.contains(new CodePair(term, purpose));
    }

    /** A code's name in the three working languages of the Convention. */
    public record CodeName(String english, String french, String spanish) {
    }

    public record CodePair(String first, String second) {
    }
}
