package org.ecites.registry.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.ecites.platform.problem.ProblemException;
import org.ecites.reference.SapiQuotas;
import org.hibernate.Session;

/**
 * Loads national export quotas from a Species+ quota export: the bundled one at first start, a newer
 * one when the Secretariat uploads it. A quota already there gets the new quantity and keeps what is
 * used of it; each load is recorded with its file like every other reference data load.
 */
@ApplicationScoped
public class QuotaImport {

    public static final String KIND = "export-quotas";
    public static final String FILE = "quotas.csv";
    private static final String UPSERT = """
            insert into export_quota (party, year, scientific_name, terms, sources, quantity, unit, notes, used,
                                      set_by, set_at)
            values (?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?, 0, ?, ?)
            on conflict (party, year, lower(scientific_name), terms, sources, coalesce(unit, ''))
            do update set quantity = excluded.quantity, notes = excluded.notes, set_by = excluded.set_by,
                          set_at = excluded.set_at""";

    private final ChecklistHolder checklists;
    private final EntityManager entityManager;

    QuotaImport(ChecklistHolder checklists, EntityManager entityManager) {
        this.checklists = checklists;
        this.entityManager = entityManager;
    }

    /** After the checklist's own first-start load: the quotas' taxa are named through it. */
    void loadAtStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('quota-import'))").getSingleResult();
            if (ReferenceLoad.latest(KIND).isEmpty()) {
                load(SapiQuotas.bundledFile(), "bundled with the release", ReferenceLoad.BUNDLED, "permit-registry",
                        Map.of());
            }
        });
    }

    @Transactional
    public ReferenceLoad importExport(String version, byte[] csv, String loadedBy) {
        return load(csv, version, ReferenceLoad.CSV, loadedBy, Map.of(FILE, csv));
    }

    private ReferenceLoad load(byte[] csv, String version, String source, String loadedBy, Map<String, byte[]> files) {
        SapiQuotas.Import quotas;
        try {
            quotas = SapiQuotas.read(csv, checklists.checklist());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("$", e.getMessage());
        }
        Timestamp now = Timestamp.from(Instant.now());
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (SapiQuotas.NationalQuota quota : quotas.quotas()) {
                    upsert.setString(1, quota.party());
                    upsert.setInt(2, quota.year());
                    upsert.setString(3, quota.scientificName());
                    upsert.setString(4, String.join(",", quota.terms()));
                    upsert.setString(5, String.join(",", quota.sources()));
                    upsert.setBigDecimal(6, quota.quantity());
                    upsert.setString(7, quota.unit());
                    upsert.setString(8, quota.notes());
                    upsert.setString(9, loadedBy);
                    upsert.setTimestamp(10, now);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
        return ReferenceLoad.record(KIND, version, source, loadedBy,
                String.format("%,d quotas, %,d rows skipped", quotas.quotas().size(), quotas.skipped()), files);
    }
}
