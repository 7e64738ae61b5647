package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Art. III.2 and IV.2: an Appendix I or II export is granted only after the Scientific Authority has
 * advised that it will not be detrimental to the species' survival (non-detriment finding) and the
 * Management Authority is satisfied that the specimens were legally obtained (legal-acquisition finding).
 */
@ApplicationScoped
public class FindingsRule implements PermitRule {

    static final String NAME = "scientific-and-legal-findings";

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        if (!draft.isExport()) {
            return;
        }
        draft.forEachItem((item, path) -> {
            if (!"I".equals(item.appendix()) && !"II".equals(item.appendix())) {
                return;
            }
            if (item.nonDetrimentFinding() == null || item.nonDetrimentFinding().isBlank()) {
                violations.add(NAME, "7-10", path + "nonDetrimentFinding",
                        "an Appendix " + item.appendix() + " export needs the Scientific Authority's non-detriment finding");
            }
            if (item.legalAcquisitionFinding() == null || item.legalAcquisitionFinding().isBlank()) {
                violations.add(NAME, "7-10", path + "legalAcquisitionFinding",
                        "an Appendix " + item.appendix() + " export needs the legal-acquisition finding");
            }
        });
    }
}
