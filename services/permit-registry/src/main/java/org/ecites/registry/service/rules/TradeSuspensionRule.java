package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.registry.reference.TradeSuspensions;

/**
 * Box 7: no export or re-export of a taxon from a Party while a trade suspension against it is in force
 * (for a commercial-trade suspension: no export for purpose T); a species the suspension excepts goes.
 */
@ApplicationScoped
public class TradeSuspensionRule implements PermitRule {

    static final String NAME = "trade-suspension";

    private final TradeSuspensions suspensions;

    TradeSuspensionRule(TradeSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        if (!draft.isExport() && !draft.isReExport()) {
            return;
        }
        draft.forEachItem((item, path) -> suspensions.stopping(draft.exporterCountry(), item.scientificName(),
                draft.today(), draft.application().purpose()).ifPresent(suspension -> violations.add(NAME, "7",
                path + "scientificName", "trade in " + (suspension.scientificName() == null ? "every species"
                        : suspension.scientificName()) + " from " + suspension.party() + " is suspended since "
                        + suspension.since() + (suspension.description() == null ? ""
                        : ": " + suspension.description()))));
    }
}
