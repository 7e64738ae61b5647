package org.ecites.registry.service.rules;

import java.util.ArrayList;
import java.util.List;
import org.ecites.platform.problem.FieldProblem;

/** The broken rules of one draft, each with its rule name, box of the standard form and field path. */
public final class RuleViolations {

    private final List<FieldProblem> problems = new ArrayList<>();

    public void add(String rule, String box, String field, String message) {
        problems.add(new FieldProblem(field, "box " + box + ": " + message, rule, box));
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }
}
