package org.ecites.registry.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A taxon's lineage (species, genus, family ...) as the scalar parameters of an {@code in (...)}: bound as a
 * collection, Hibernate first tries it as one value and throws and catches an exception for every query.
 */
final class Lineage {

    private Lineage() {
    }

    /** "(?3, ?4, ...)" for the names, numbered from the first free position. */
    static String placeholders(int first, List<String> names) {
        return IntStream.range(first, first + Math.max(1, names.size())).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", ", "(", ")"));
    }

    /** The leading arguments, then the names (one that matches nothing when there are none). */
    static Object[] arguments(List<String> names, Object... leading) {
        List<Object> arguments = new ArrayList<>(List.of(leading));
        arguments.addAll(names.isEmpty() ? List.of("") : names);
        return arguments.toArray();
    }
}
