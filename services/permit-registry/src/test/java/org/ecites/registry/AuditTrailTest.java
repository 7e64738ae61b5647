package org.ecites.registry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.Map;
import java.util.UUID;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class AuditTrailTest {

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditEntry() {
        UUID id = UUID.fromString((String) Officers.issueCrocodileExport().get("permitId"));

        assertThatThrownBy(() -> sql("update audit_entry set actor = 'someone else' where permit_id = :id", id))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> sql("delete from audit_entry where permit_id = :id", id))
                .hasStackTraceContaining("append-only");
        Officers.audit(id).statusCode(200).body("chainValid", equalTo(true));
    }

    @Test
    void aTrailCannotForkTwoEntriesAtOnePlaceAreRefused() {
        UUID id = UUID.fromString((String) Officers.issueCrocodileExport().get("permitId"));

        assertThatThrownBy(() -> sql("""
                insert into audit_entry (id, permit_id, tenant, position, at, actor, role, action, detail, prev_hash, hash)
                select id + 1000000000, permit_id, tenant, position, at, 'someone else', role, action, detail, prev_hash, hash
                  from audit_entry where permit_id = :id and position = 1""", id))
                .hasStackTraceContaining("audit_entry_position_in_trail");
        Officers.audit(id).statusCode(200).body("chainValid", equalTo(true));
    }

    @Test
    void anEntryEditedBehindTheTriggersBackIsDetected() {
        UUID id = UUID.fromString((String) Officers.issueCrocodileExport().get("permitId"));
        Officers.act(id, "cancel", Map.of("reason", "issued in error")).statusCode(200);
        Officers.audit(id).statusCode(200).body("chainValid", equalTo(true));

        sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete", null);
        try {
            sql("update audit_entry set detail = 'valid until 2099-12-31' where permit_id = :id and action = 'ISSUED'", id);
        } finally {
            sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete", null);
        }

        Officers.audit(id).statusCode(200).body("chainValid", equalTo(false)).body("firstBrokenEntry", equalTo(0));
    }

    @Test
    void aDeletedEntryIsDetected() {
        UUID id = UUID.fromString((String) Officers.issueCrocodileExport().get("permitId"));
        Officers.act(id, "cancel", Map.of("reason", "issued in error")).statusCode(200);

        sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete", null);
        try {
            sql("delete from audit_entry where permit_id = :id and action = 'ISSUED'", id);
        } finally {
            sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete", null);
        }

        Officers.audit(id).statusCode(200).body("chainValid", equalTo(false)).body("firstBrokenEntry", equalTo(0));
    }

    /** The database's owner tampers: the service's own role could neither disable the trigger nor see the rows. */
    private static void sql(String statement, UUID id) {
        if (id == null) {
            RealInfrastructure.executeAsOwner(statement);
        } else {
            RealInfrastructure.executeAsOwner(statement.replace(":id", "?"), id);
        }
    }
}
