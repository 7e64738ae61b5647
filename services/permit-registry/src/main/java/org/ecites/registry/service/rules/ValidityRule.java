package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import org.ecites.events.DocumentType;

/**
 * Box 2: a document is valid from its day of issue for at most its type's period (Art. VI.2 and
 * Res. Conf. 12.3): six months for exports, re-exports and the certificates used in their place,
 * twelve for import permits, certificates of origin and introduction from the sea, three years for
 * travelling-exhibition and ownership certificates. Validity is never extended.
 */
@ApplicationScoped
public class ValidityRule implements PermitRule {

    static final String NAME = "validity-period";

    public static Period maximumValidity(DocumentType type) {
        return switch (type) {
            case EXPORT, RE_EXPORT, PRE_CONVENTION, CAPTIVE_BRED_OR_ARTIFICIALLY_PROPAGATED -> Period.ofMonths(6);
            case IMPORT, CERTIFICATE_OF_ORIGIN, INTRODUCTION_FROM_THE_SEA -> Period.ofMonths(12);
            case TRAVELLING_EXHIBITION, OWNERSHIP -> Period.ofYears(3);
        };
    }

    public static LocalDate validUntil(PermitDraft draft) {
        LocalDate latest = draft.today().plus(maximumValidity(draft.type()));
        return draft.application().validUntil() != null ? draft.application().validUntil() : latest;
    }

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        LocalDate requested = draft.application().validUntil();
        LocalDate latest = draft.today().plus(maximumValidity(draft.type()));
        if (requested != null && (requested.isBefore(draft.today()) || requested.isAfter(latest))) {
            violations.add(NAME, "2", "validUntil", "a " + draft.type() + " document issued " + draft.today()
                    + " is valid until " + latest + " at the latest");
        }
    }
}
