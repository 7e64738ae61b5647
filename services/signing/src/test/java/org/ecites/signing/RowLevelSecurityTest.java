package org.ecites.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.ecites.events.PermitDocument;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** A signed document is seen by its issuer and its importer, changed by its issuer only, and by no third Party. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class RowLevelSecurityTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theTwoPartiesOfTheTradeSeeTheSignedDocumentAndOnlyItsIssuerChangesIt() {
        PermitDocument permit = SignedPermits.signedExport("CH", "NO");
        String mine = "select count(*) from signed_permit where permit_id = '" + permit.permitId() + "'";

        assertThat(count(mine, "CH")).isEqualTo(1);
        assertThat(count(mine, "NO")).isEqualTo(1);
        assertThat(count(mine, "KE")).isZero();
        assertThat(count("select count(*) from signed_permit where issuer_party <> 'KE' and importer_party <> 'KE'",
                "KE")).isZero();
        assertThatThrownBy(() -> PartyScope.inTransaction("NO", () -> entityManager.createNativeQuery(
                "update signed_permit set status = 'CANCELLED' where permit_id = '" + permit.permitId() + "'")
                .executeUpdate())).hasStackTraceContaining("row-level security");
    }

    @Test
    void aPooledConnectionLastUsedForAPartyShowsNothingToWorkWithoutOne() {
        PermitDocument permit = SignedPermits.signedExport("CH", "NO");
        String mine = "select count(*) from signed_permit where permit_id = '" + permit.permitId() + "'";
        for (int round = 0; round < 5; round++) {
            assertThat(count(mine, "CH")).isEqualTo(1);
            // the pool hands this thread the connection it just returned, still set for Switzerland
            assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(mine)
                    .getSingleResult()).longValue())).isZero();
        }
    }

    private long count(String sql, String party) {
        return PartyScope.inTransaction(party, () -> ((Number) entityManager.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
