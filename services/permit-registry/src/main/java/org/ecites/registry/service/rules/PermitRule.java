package org.ecites.registry.service.rules;

/** One CITES rule a document must keep before it is issued. */
public interface PermitRule {

    /** Adds a violation for every way the draft breaks this rule. */
    void check(PermitDraft draft, RuleViolations violations);
}
