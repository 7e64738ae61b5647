package org.ecites.registry.reference;

import jakarta.transaction.TransactionScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The quotas one transaction has locked, by what was asked. The rule that checks a block and the ledger that then
 * draws on it ask alike; the rows stay locked and in the session until the transaction ends, so the second answer
 * needs no query (two a permit were a tenth of the registry's database time, each planned anew).
 */
@TransactionScoped
class QuotasOfTransaction {

    record Request(String party, int year, String species, String term, String source, String unit) {
    }

    private final Map<Request, Optional<ExportQuota>> locked = new HashMap<>();

    Optional<ExportQuota> lockedFor(Request request, Supplier<Optional<ExportQuota>> lock) {
        return locked.computeIfAbsent(request, asked -> lock.get());
    }
}
