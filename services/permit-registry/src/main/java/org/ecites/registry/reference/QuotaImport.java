package org.ecites.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.ecites.reference.SapiQuotas;
import org.hibernate.Session;

/** National export quotas from Species+ quota exports; a quota already there keeps what is used of it. */
@ApplicationScoped
public class QuotaImport extends SpeciesPlusImport {

    public static final String KIND = "export-quotas";
    private static final String UPSERT = """
            insert into export_quota (party, year, scientific_name, terms, sources, quantity, unit, notes, used,
                                      set_by, set_at)
            values (?, ?, ?, string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?, 0, ?, ?)
            on conflict (party, year, lower(scientific_name), terms, sources, coalesce(unit, ''))
            do update set quantity = excluded.quantity, notes = excluded.notes, set_by = excluded.set_by,
                          set_at = excluded.set_at""";

    QuotaImport() {
        super(KIND, SapiQuotas::bundledFile);
    }

    @Override
    protected String apply(byte[] csv, String loadedBy) {
        SapiQuotas.Import quotas = SapiQuotas.read(csv, checklists.checklist());
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
        return String.format("%,d quotas, %,d rows skipped", quotas.quotas().size(), quotas.skipped());
    }
}
