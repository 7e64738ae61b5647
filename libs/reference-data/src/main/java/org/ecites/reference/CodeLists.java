package org.ecites.reference;

import java.util.Map;
import java.util.Set;

/**
 * The CITES code lists: source, purpose, term and unit codes with their English, French and Spanish
 * names, the allowed term/unit and term/purpose pairs, and the ISO 3166-1 alpha-2 country codes.
 * Immutable once loaded; {@link #load()} reads the copies shipped in this jar (see SOURCE.md).
 */
public record CodeLists(
        Map<String, CodeName> sources,
        Map<String, CodeName> purposes,
        Map<String, CodeName> terms,
        Map<String, CodeName> units,
        Set<CodePair> termUnits,
        Set<CodePair> termPurposes,
        Map<String, String> countries) {

    /** The empty unit: a quantity given as a number of specimens. */
    public static final String NUMBER_OF_SPECIMENS = "";

    public static CodeLists load() {
        return CodeListLoader.fromClasspath();
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
