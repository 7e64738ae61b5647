package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.reference.CodeLists;
import org.ecites.registry.reference.CodeListHolder;

/**
 * The issuing Party stands on its side of the trade (exporter, or importer for an import permit),
 * both countries are known, and they differ.
 */
@ApplicationScoped
public class PartiesRule implements PermitRule {

    static final String NAME = "parties-consistent";

    private final CodeListHolder codeLists;

    PartiesRule(CodeListHolder codeLists) {
        this.codeLists = codeLists;
    }

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        CodeLists codes = codeLists.codeLists();
        String exporter = draft.exporterCountry();
        String importer = draft.importerCountry();
        if (draft.issuedByImporter() && !draft.issuingParty().equals(importer)) {
            violations.add(NAME, "3", "importer.country", "an import permit is issued by the importing Party, "
                    + draft.issuingParty());
        }
        if (!draft.issuedByImporter() && !draft.issuingParty().equals(exporter)) {
            violations.add(NAME, "4", "exporter.country", "this document is issued by the exporting Party, "
                    + draft.issuingParty());
        }
        checkCountry(codes, exporter, "4", "exporter.country", violations);
        checkCountry(codes, importer, "3", "importer.country", violations);
        if (exporter != null && exporter.equals(importer)) {
            violations.add(NAME, "3", "importer.country", "the importing country must differ from the exporting one");
        }
    }

    private static void checkCountry(CodeLists codes, String country, String box, String field, RuleViolations violations) {
        if (country == null) {
            violations.add(NAME, box, field, "the other Party's country is required");
        } else if (!codes.isCountry(country)) {
            violations.add(NAME, box, field, "unknown country '" + country + "'");
        }
    }
}
