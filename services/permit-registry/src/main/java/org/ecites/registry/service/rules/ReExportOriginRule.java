package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A re-export certificate names, per block, the country of origin and the document the specimens were
 * exported under (box 12), and the last re-exporting country with its certificate where there was one (12a).
 */
@ApplicationScoped
public class ReExportOriginRule implements PermitRule {

    static final String NAME = "re-export-origin";

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        if (!draft.isReExport()) {
            return;
        }
        draft.forEachItem((item, path) -> {
            if (item.originCountry() == null) {
                violations.add(NAME, "12", path + "originCountry", "a re-export names the country of origin");
            }
            if (item.originPermitNumber() == null || item.originPermitNumber().isBlank()) {
                violations.add(NAME, "12", path + "originPermitNumber",
                        "a re-export names the export permit of the country of origin");
            }
            boolean lastCountry = item.lastReExportCountry() != null;
            boolean lastCertificate = item.lastReExportCertificateNumber() != null;
            if (lastCountry != lastCertificate) {
                violations.add(NAME, "12a", path + (lastCountry ? "lastReExportCertificateNumber" : "lastReExportCountry"),
                        "the country of last re-export and its certificate go together");
            }
        });
    }
}
