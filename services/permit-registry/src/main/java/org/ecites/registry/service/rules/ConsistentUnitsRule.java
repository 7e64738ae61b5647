package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Box 11: blocks of the same species and term count in the same unit, so that they add up in reports and quotas. */
@ApplicationScoped
public class ConsistentUnitsRule implements PermitRule {

    static final String NAME = "consistent-units";

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        Map<String, String> unitOf = new HashMap<>();
        draft.forEachItem((item, path) -> {
            String key = item.scientificName().strip() + "/" + item.term();
            String unit = item.unit() == null ? "" : item.unit();
            String first = unitOf.putIfAbsent(key, unit);
            if (first != null && !Objects.equals(first, unit)) {
                violations.add(NAME, "11", path + "unit", "blocks of " + item.scientificName().strip() + " ("
                        + item.term() + ") must use one unit, not both '" + first + "' and '" + unit + "'");
            }
        });
    }
}
