package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.DocumentType;

/** Art. VII.2: a pre-Convention certificate states when each specimen was acquired (box 12b), before today. */
@ApplicationScoped
public class PreConventionRule implements PermitRule {

    static final String NAME = "pre-convention-acquisition";

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        if (draft.type() != DocumentType.PRE_CONVENTION) {
            return;
        }
        draft.forEachItem((item, path) -> {
            if (item.acquisitionDate() == null || !item.acquisitionDate().isBefore(draft.today())) {
                violations.add(NAME, "12b", path + "acquisitionDate",
                        "a pre-Convention certificate gives the date the specimen was acquired");
            }
        });
    }
}
