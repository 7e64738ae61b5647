package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.ecites.registry.reference.ExportQuotas;

/**
 * Box 11a: where the exporting Party set a national export quota for the species or a higher taxon
 * (maybe for some terms and sources only) and year, the document may not take it beyond its total. The quota rows stay locked by the issuing
 * transaction, so parallel issues are counted one after the other; {@link QuotaLedger} draws on them.
 */
@ApplicationScoped
public class ExportQuotaRule implements PermitRule {

    static final String NAME = "export-quota";

    private final ExportQuotas quotas;

    ExportQuotaRule(ExportQuotas quotas) {
        this.quotas = quotas;
    }

    @Override
    public void check(PermitDraft draft, RuleViolations violations) {
        if (!draft.isExport()) {
            return;
        }
        Map<Long, BigDecimal> asked = new HashMap<>();
        draft.forEachItem((item, path) -> quotas.lockFor(draft.issuingParty(), draft.today().getYear(),
                item.scientificName(), item.term(), item.source(), item.unit()).ifPresent(quota -> {
            if (!quota.countsIn(item.unit())) {
                violations.add(NAME, "11", path + "unit", "the " + draft.today().getYear() + " quota for "
                        + quota.scientificName + " counts in '" + (quota.unit == null ? "" : quota.unit) + "'");
                return;
            }
            BigDecimal total = asked.merge(quota.id, item.quantity(), BigDecimal::add);
            if (quota.used.add(total).compareTo(quota.quantity) > 0) {
                violations.add(NAME, "11a", path + "quantity", "the " + draft.today().getYear() + " export quota for "
                        + quota.scientificName + " is " + plain(quota.quantity) + ", of which " + plain(quota.used)
                        + " is used: " + plain(item.quantity()) + " more is too much");
            }
        }));
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
