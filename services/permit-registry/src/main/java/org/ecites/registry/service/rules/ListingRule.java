package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.reference.Listing;
import org.ecites.registry.reference.ChecklistHolder;

/**
 * Boxes 7 and 10: each name is in the checklist (as written, as a synonym, as a hybrid of listed parents,
 * or as a species it does not name within a listed higher taxon), listed on the day of issue, and in the
 * appendix the document states, for the population the specimens come from (country of origin, else the
 * exporter's). An unknown name, or one whose genus holds species in stricter appendices, is refused with
 * the closest names; the officer confirms the latter explicitly.
 */
@ApplicationScoped
public class ListingRule implements PermitRule {

    static final String NAME = "species-listed";

    private final ChecklistHolder checklists;

    ListingRule(ChecklistHolder checklists) {
        this.checklists = checklists;
    }

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        var checklist = checklists.checklist();
        draft.forEachItem((item, path) -> {
            String name = item.scientificName().strip();
            Listing.Lookup lookup = draft.listingOf(item, checklist);
            switch (lookup.match()) {
                case UNKNOWN -> violations.add(NAME, "7", path + "scientificName", "'" + name
                        + "' is not in the CITES checklist" + didYouMean(lookup));
                case AMBIGUOUS -> {
                    if (!item.unnamedSpeciesConfirmed()) {
                        violations.add(NAME, "7", path + "scientificName", lookup.note() + didYouMean(lookup)
                                + "; if the name is right, set confirmUnnamedSpecies");
                    } else {
                        checkAppendix(name, lookup, draft, item.appendix(), path, violations);
                    }
                }
                default -> checkAppendix(name, lookup, draft, item.appendix(), path, violations);
            }
        });
    }

    private static void checkAppendix(String name, Listing.Lookup lookup, PermitDraft draft, String appendix,
            String path, RuleViolations violations) {
        String how = lookup.note() == null ? "" : " (" + lookup.note() + ")";
        if (lookup.listing().isEmpty()) {
            violations.add(NAME, "10", path + "appendix", name + " is not listed in the CITES Appendices on "
                    + draft.today() + how);
        } else if (!lookup.listing().get().appendix().equals(appendix)) {
            Listing listing = lookup.listing().get();
            violations.add(NAME, "10", path + "appendix", name + " is in Appendix " + listing.appendix()
                    + " (listing of " + listing.listedTaxon() + " since " + listing.effectiveFrom() + ")" + how
                    + ", not " + appendix);
        }
    }

    private static String didYouMean(Listing.Lookup lookup) {
        return lookup.suggestions().isEmpty() ? "" : "; did you mean " + String.join(", ", lookup.suggestions()) + "?";
    }
}
