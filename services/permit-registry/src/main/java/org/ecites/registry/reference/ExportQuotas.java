package org.ecites.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the quota a block draws on, through the species' higher taxa in the checklist in force. */
@ApplicationScoped
public class ExportQuotas {

    private final ChecklistHolder checklists;
    private final QuotasOfTransaction quotasOfTransaction;

    ExportQuotas(ChecklistHolder checklists, QuotasOfTransaction quotasOfTransaction) {
        this.checklists = checklists;
        this.quotasOfTransaction = quotasOfTransaction;
    }

    /**
     * The quota a block draws on, locked until the transaction ends so that parallel issues count one
     * after the other. The most specific wins: the species before its genus, named terms and sources
     * before all of them, the block's unit before another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ExportQuota> lockFor(String party, int year, String species, String term, String source,
            String unit) {
        return quotasOfTransaction.lockedFor(new QuotasOfTransaction.Request(party, year, species, term, source, unit),
                () -> lock(party, year, species, term, source, unit));
    }

    private Optional<ExportQuota> lock(String party, int year, String species, String term, String source,
            String unit) {
        List<String> lineage = checklists.checklist().lineage(species).stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        List<ExportQuota> candidates = ExportQuota.<ExportQuota>find(
                        "party = ?1 and year = ?2 and lower(scientificName) in " + Lineage.placeholders(3, lineage),
                        Lineage.arguments(lineage, party, year))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        return candidates.stream()
                .filter(quota -> quota.covers(term, source))
                .min(Comparator.comparingInt((ExportQuota quota) -> lineage.indexOf(
                                quota.scientificName.toLowerCase(Locale.ROOT)))
                        .thenComparing(quota -> quota.terms.isEmpty())
                        .thenComparing(quota -> quota.sources.isEmpty())
                        .thenComparing(quota -> !quota.countsIn(unit)));
    }
}
