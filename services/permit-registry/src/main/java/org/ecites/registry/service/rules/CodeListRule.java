package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.reference.CodeLists;
import org.ecites.registry.reference.CodeListHolder;

/** Every code on the document is in the CITES code lists, and every term/unit and term/purpose pair is allowed. */
@ApplicationScoped
public class CodeListRule implements PermitRule {

    static final String NAME = "codes-known";
    static final String PAIRS = "code-pairs-allowed";

    private final CodeListHolder codeLists;

    CodeListRule(CodeListHolder codeLists) {
        this.codeLists = codeLists;
    }

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        CodeLists codes = codeLists.codeLists();
        String purpose = draft.application().purpose();
        if (!codes.isPurpose(purpose)) {
            violations.add(NAME, "5a", "purpose", "unknown purpose code '" + purpose + "'");
        }
        draft.forEachItem((item, path) -> {
            if (!codes.isSource(item.source())) {
                violations.add(NAME, "10", path + "source", "unknown source code '" + item.source() + "'");
            }
            if (!codes.isTerm(item.term())) {
                violations.add(NAME, "9", path + "term", "unknown term code '" + item.term() + "'");
                return;
            }
            if (!codes.isUnit(item.unit())) {
                violations.add(NAME, "11", path + "unit", "unknown unit code '" + item.unit() + "'");
            } else if (!codes.allowsUnitFor(item.term(), item.unit())) {
                violations.add(PAIRS, "11", path + "unit", "unit '" + (item.unit() == null ? "" : item.unit())
                        + "' is not used with term '" + item.term() + "'");
            }
            if (codes.isPurpose(purpose) && !codes.allowsPurposeFor(item.term(), purpose)) {
                violations.add(PAIRS, "5a", path + "term", "term '" + item.term()
                        + "' is not traded for purpose '" + purpose + "'");
            }
            checkCountry(codes, item.originCountry(), "12", path + "originCountry", violations);
            checkCountry(codes, item.lastReExportCountry(), "12a", path + "lastReExportCountry", violations);
        });
    }

    private static void checkCountry(CodeLists codes, String country, String box, String field, RuleViolations violations) {
        if (country != null && !codes.isCountry(country)) {
            violations.add(NAME, box, field, "unknown country '" + country + "'");
        }
    }
}
