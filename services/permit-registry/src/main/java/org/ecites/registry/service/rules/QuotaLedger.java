package org.ecites.registry.service.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ecites.events.DocumentType;
import org.ecites.registry.reference.ExportQuotas;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitLineItem;

/** Draws issued exports on their quotas, and gives the quantities back when a document is withdrawn. */
@ApplicationScoped
public class QuotaLedger {

    private final ExportQuotas quotas;

    QuotaLedger(ExportQuotas quotas) {
        this.quotas = quotas;
    }

    /** Box 11a of each block: what the quota had used before this document, and the quota itself. */
    public record Position(BigDecimal usedToDate, BigDecimal annualQuota) {

        public static final Position NONE = new Position(null, null);
    }

    /** Call after every rule passed, in the same transaction: the quota rows are locked already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Position> draw(PermitDraft draft) {
        List<Position> positions = new ArrayList<>();
        draft.forEachItem((item, path) -> positions.add(!draft.isExport() ? Position.NONE
                : quotas.lockFor(draft.issuingParty(), draft.today().getYear(), item.scientificName(),
                        item.term(), item.source(), item.unit()).map(quota -> {
                            Position position = new Position(quota.used, quota.quantity);
                            quota.used = quota.used.add(item.quantity());
                            return position;
                        }).orElse(Position.NONE)));
        return positions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void giveBack(Permit permit) {
        if (permit.documentType != DocumentType.EXPORT || permit.issuedAt == null) {
            return;
        }
        int year = permit.validFrom.getYear();
        for (PermitLineItem item : permit.lineItems) {
            if (item.annualQuota != null) {
                quotas.lockFor(permit.tenant, year, item.scientificName, item.term, item.source, item.unit)
                        .ifPresent(quota -> quota.used = quota.used.subtract(item.quantity).max(BigDecimal.ZERO));
            }
        }
    }
}
