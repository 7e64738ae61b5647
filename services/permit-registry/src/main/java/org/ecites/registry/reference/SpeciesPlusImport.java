package org.ecites.registry.reference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.function.Supplier;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.repository.AdvisoryLocks;
import org.ecites.platform.tenancy.PartyScope;

/**
 * Reference data loaded from a Species+ CSV export whose taxa are named through the checklist: the copy
 * bundled with the release at first start, a newer export when the Secretariat uploads one. Every load
 * is recorded with its file, like the checklist's and the code lists'.
 */
abstract class SpeciesPlusImport {

    static final String FILE = "export.csv";

    @Inject
    ChecklistHolder checklists;
    @Inject
    EntityManager entityManager;
    @Inject
    AdvisoryLocks locks;
    private final String kind;
    private final Supplier<byte[]> bundled;

    SpeciesPlusImport(String kind, Supplier<byte[]> bundled) {
        this.kind = kind;
        this.bundled = bundled;
    }

    /**
     * Writes what the export holds in the caller's transaction and says in words how much.
     *
     * @throws IllegalArgumentException when the file is not such an export
     */
    protected abstract String apply(byte[] csv, String loadedBy);

    /** Records the bundled export on a registry's first start; its taxa are named through the checklist. */
    void loadBundledOnFirstStart() {
        PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> {
            lock();
            if (ReferenceLoad.latest(kind).isEmpty()) {
                load(bundled.get(), "bundled with the release", ReferenceLoad.BUNDLED, "permit-registry", Map.of());
            }
        });
    }

    /** An export holds every Party's rows, so it is written under the scope of every Party. */
    public ReferenceLoad importExport(String version, byte[] csv, String loadedBy) {
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> {
            lock();
            return load(csv, version, ReferenceLoad.CSV, loadedBy, Map.of(FILE, csv));
        });
    }

    private ReferenceLoad load(byte[] csv, String version, String source, String loadedBy, Map<String, byte[]> files) {
        String summary;
        try {
            summary = apply(csv, loadedBy);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("$", e.getMessage());
        }
        return ReferenceLoad.record(kind, version, source, loadedBy, summary, files);
    }

    private void lock() {
        locks.lock("reference-import:" + kind);
    }
}
