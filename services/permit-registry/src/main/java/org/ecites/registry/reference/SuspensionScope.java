package org.ecites.registry.reference;

import java.util.Locale;

/** What a trade suspension stops, as far as the registry can apply it by itself. */
public enum SuspensionScope {
    /** Every export and re-export of the taxon from the Party ("All exports.", "All trade ..."). */
    ALL_EXPORTS,
    /** Exports for commercial purposes (purpose code T) only ("All commercial trade ..."). */
    COMMERCIAL_EXPORTS,
    /** Worded for a person to apply (e.g. "exports of wild-taken specimens for commercial purposes"). */
    NOT_ENFORCED;

    /** The scope the Standing Committee's wording gives, as in the Species+ export. */
    public static SuspensionScope of(String wording) {
        String text = wording == null ? "" : wording.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("all exports") || text.startsWith("all trade")) {
            return ALL_EXPORTS;
        }
        return text.startsWith("all commercial trade") ? COMMERCIAL_EXPORTS : NOT_ENFORCED;
    }

    boolean stops(String purpose) {
        return this == ALL_EXPORTS || this == COMMERCIAL_EXPORTS && "T".equals(purpose);
    }
}
