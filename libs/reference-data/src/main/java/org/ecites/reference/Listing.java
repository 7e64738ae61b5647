package org.ecites.reference;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a taxon stood in the CITES Appendices on a day, for specimens of one country: the appendix and
 * the taxon (maybe a genus or family the species is included in) whose listing decides it.
 */
public record Listing(String appendix, String listedTaxon, LocalDate effectiveFrom, String annotation) {

    /** The result for a name the checklist does not know, or a taxon that was not listed that day. */
    public record Lookup(boolean known, Optional<Listing> listing) {

        static Lookup unknown() {
            return new Lookup(false, Optional.empty());
        }
    }
}
