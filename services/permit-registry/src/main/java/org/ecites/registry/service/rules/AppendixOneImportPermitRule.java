package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Art. III.2(d) and III.4(c): an Appendix I specimen is exported or re-exported only once the importing
 * Party has granted an import permit, whose number the document quotes (box 5).
 */
@ApplicationScoped
public class AppendixOneImportPermitRule implements PermitRule {

    static final String NAME = "appendix-i-import-permit";

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        boolean appendixOne = draft.application().lineItems().stream().anyMatch(item -> "I".equals(item.appendix()));
        String importPermit = draft.application().importPermitNumber();
        if ((draft.isExport() || draft.isReExport()) && appendixOne && (importPermit == null || importPermit.isBlank())) {
            violations.add(NAME, "5", "importPermitNumber",
                    "an Appendix I specimen needs the import permit the importing Party granted");
        }
    }
}
