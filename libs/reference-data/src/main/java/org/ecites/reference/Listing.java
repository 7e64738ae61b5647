package org.ecites.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where a taxon stood in the CITES Appendices on a day, for specimens of one country: the appendix and
 * the taxon (maybe a genus or family the species is included in) whose listing decides it, with the
 * listing's note and its annotation on parts and derivatives ("CoP15 #4"), if any.
 */
public record Listing(String appendix, String listedTaxon, LocalDate effectiveFrom, String note,
        String hashAnnotation) {

    /** How strictly an appendix controls trade: I before II before III. */
    public static int strictness(Optional<Listing> listing) {
        return listing.map(l -> List.of("I", "II", "III").indexOf(l.appendix())).orElse(3);
    }

    /**
     * How a written name was found in the checklist and the listing that decides it.
     *
     * @param checklistName the name the checklist holds for it (the accepted name of a synonym; the genus
     *                      of a species it does not name)
     * @param note          why, in words an officer reads: "synonym of ...", "covered by ORCHIDACEAE spp. ..."
     * @param suggestions   the checklist's closest names, for an unknown or ambiguous name
     */
    public record Lookup(Match match, String checklistName, Optional<Listing> listing, String note,
            List<String> suggestions) {

        public enum Match {
            /** The checklist names it. */
            NAMED,
            /** A synonym of a name the checklist holds. */
            SYNONYM,
            /** A hybrid, under its strictest listed parent (Res. Conf. 10.17). */
            HYBRID,
            /** A species the checklist does not name, covered by the listing of its genus or a higher taxon. */
            COVERED,
            /** A species the checklist does not name, in a genus whose named species stand in stricter appendices. */
            AMBIGUOUS,
            UNKNOWN
        }

        public boolean known() {
            return match != Match.UNKNOWN;
        }

        static Lookup unknown(List<String> suggestions) {
            return new Lookup(Match.UNKNOWN, null, Optional.empty(), null, suggestions);
        }
    }
}
