package org.ecites.events;

import java.util.Map;

/**
 * The names of the codes one document uses, in the Convention's working languages, from the code lists in force
 * when it was issued. Whoever prints the document prints these names, so that a print made later, or by another
 * service, reads as the document was issued and no service keeps code lists of its own.
 *
 * @param purposes box 5a, by purpose code
 * @param terms box 9, by term code
 * @param sources box 10, by source code
 * @param units box 11, by unit code
 * @param countries boxes 3a, 6, 12 and 12a, by ISO 3166-1 alpha-2 code
 */
public record CodeNames(Map<String, CodeName> purposes, Map<String, CodeName> terms, Map<String, CodeName> sources,
        Map<String, CodeName> units, Map<String, CodeName> countries) {

    public CodeNames {
        purposes = Map.copyOf(purposes);
        terms = Map.copyOf(terms);
        sources = Map.copyOf(sources);
        units = Map.copyOf(units);
        countries = Map.copyOf(countries);
    }

    /** A code's name in English, French and Spanish. */
    public record CodeName(String english, String french, String spanish) {
    }
}
