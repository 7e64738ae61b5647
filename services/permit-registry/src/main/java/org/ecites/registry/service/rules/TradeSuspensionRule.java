package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.registry.reference.TradeSuspension;

/** Box 7: no export or re-export of a species from a Party while a trade suspension against it is in force. */
@ApplicationScoped
public class TradeSuspensionRule implements PermitRule {

    static final String NAME = "trade-suspension";

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        if (!draft.isExport() && !draft.isReExport()) {
            return;
        }
        draft.forEachItem((item, path) -> TradeSuspension.inForce(draft.exporterCountry(), item.scientificName(),
                draft.today()).ifPresent(suspension -> violations.add(NAME, "7", path + "scientificName",
                "trade in " + (suspension.scientificName == null ? "every species" : suspension.scientificName)
                        + " from " + suspension.party + " is suspended since " + suspension.startsOn + " ("
                        + suspension.reference + ")")));
    }
}
