package org.ecites.registry.service.rules;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ecites.platform.problem.ProblemException;

/** Runs every rule on a draft and refuses it with one problem that lists every rule it breaks. */
@ApplicationScoped
public class PermitRules {

    private final List<PermitRule> rules;

    PermitRules(@All List<PermitRule> rules) {
        this.rules = rules;
    }

    public void check(PermitDraft draft) {
        RuleViolations violations = new RuleViolations();
        rules.forEach(rule -> rule.check(draft, violations));
        if (!violations.problems().isEmpty()) {
            throw ProblemException.invalid("the document breaks " + violations.problems().size()
                    + " CITES rule(s)", violations.problems());
        }
    }
}
