package org.ecites.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecites.platform.problem.FieldProblem;
import org.ecites.platform.problem.ProblemException;
import org.ecites.reference.CodeLists;
import org.ecites.registry.rest.IssuePermitRequest;

/** Checks a request against the CITES code lists and validity rules; every broken rule is reported at once. */
@ApplicationScoped
public class PermitRules {

    private final CodeLists codes = CodeLists.load();

    public void check(IssuePermitRequest request, String exporterParty, LocalDate today, LocalDate latestValidUntil) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!codes.isCountry(request.importerParty())) {
            problems.add(new FieldProblem("importerParty", "box 3a: unknown country '" + request.importerParty() + "'"));
        } else if (request.importerParty().equals(exporterParty)) {
            problems.add(new FieldProblem("importerParty", "box 3a: the importing Party must differ from the exporting Party"));
        }
        if (!codes.isPurpose(request.purpose())) {
            problems.add(new FieldProblem("purpose", "box 5a: unknown purpose code '" + request.purpose() + "'"));
        }
        LocalDate validUntil = request.validUntil();
        if (validUntil != null && (validUntil.isBefore(today) || validUntil.isAfter(latestValidUntil))) {
            problems.add(new FieldProblem("validUntil", "box 2: must lie between " + today + " and " + latestValidUntil));
        }
        for (int i = 0; i < request.lineItems().size(); i++) {
            checkItem(request.lineItems().get(i), "lineItems[" + i + "].", problems);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("the permit breaks " + problems.size() + " CITES rule(s)", problems);
        }
    }

    private void checkItem(IssuePermitRequest.Item item, String path, List<FieldProblem> problems) {
        if (!codes.isSource(item.source())) {
            problems.add(new FieldProblem(path + "source", "box 10: unknown source code '" + item.source() + "'"));
        }
        if (!codes.isTerm(item.term())) {
            problems.add(new FieldProblem(path + "term", "box 9: unknown term code '" + item.term() + "'"));
        } else if (!codes.isUnit(item.unit())) {
            problems.add(new FieldProblem(path + "unit", "box 11: unknown unit code '" + item.unit() + "'"));
        } else if (!codes.allowsUnitFor(item.term(), item.unit())) {
            problems.add(new FieldProblem(path + "unit", "box 11: unit '" + (item.unit() == null ? "" : item.unit())
                    + "' is not used with term '" + item.term() + "'"));
        }
        if (item.originCountry() != null && !codes.isCountry(item.originCountry())) {
            problems.add(new FieldProblem(path + "originCountry", "box 12: unknown country '" + item.originCountry() + "'"));
        }
    }
}
