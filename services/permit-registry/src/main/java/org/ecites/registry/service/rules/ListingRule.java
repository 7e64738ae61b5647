package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.reference.Listing;
import org.ecites.registry.reference.ChecklistHolder;

/**
 * Boxes 7 and 10: each species is in the checklist, listed on the day of issue, and in the appendix the
 * document states, for the population the specimens come from (country of origin, else the exporter's):
 * split listings and country-specific Appendix III listings follow the listing history.
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
            String country = item.originCountry() != null ? item.originCountry() : draft.exporterCountry();
            Listing.Lookup lookup = checklist.listingOn(item.scientificName(), draft.today(), country);
            if (!lookup.known()) {
                violations.add(NAME, "7", path + "scientificName", "'" + item.scientificName().strip()
                        + "' is not in the CITES checklist");
            } else if (lookup.listing().isEmpty()) {
                violations.add(NAME, "10", path + "appendix", item.scientificName().strip()
                        + " is not listed in the CITES Appendices on " + draft.today());
            } else if (!lookup.listing().get().appendix().equals(item.appendix())) {
                Listing listing = lookup.listing().get();
                violations.add(NAME, "10", path + "appendix", item.scientificName().strip() + " from " + country
                        + " is in Appendix " + listing.appendix() + " (listing of " + listing.listedTaxon()
                        + " since " + listing.effectiveFrom() + "), not " + item.appendix());
            }
        });
    }
}
