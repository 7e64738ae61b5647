package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Isolation below the queries: statements written without any Party filter, as a careless query would
 * be, see and write only the rows of the Party the work acts for, and the service's role cannot turn
 * the policies off.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class RowLevelSecurityTest {

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void bothPartiesHaveDocuments() {
        Officers.issueCrocodileExport();
        given().auth().oauth2(Tokens.maOfficer("NO")).contentType(ContentType.JSON)
                .body(PermitRequests.crocodileExport("CH")).post("/api/v1/permits").then().statusCode(201);
    }

    @Test
    void aQueryWithoutAPartyFilterSeesOnlyTheRowsOfTheCurrentParty() {
        assertThat(parties("select distinct tenant from permit", "NO")).containsExactly("NO");
        assertThat(parties("select distinct tenant from audit_entry", "NO")).containsExactly("NO");
        assertThat(parties("select distinct p.tenant from permit_line_item i join permit p on p.id = i.permit_id",
                "CH")).containsExactly("CH");
        assertThat(parties("select distinct tenant from permit", "")).isEmpty();
        assertThat(parties("select distinct tenant from permit order by 1", PartyScope.EVERY_PARTY))
                .contains("CH", "NO");
    }

    @Test
    void aLineItemWithoutItsPermitIsInvisibleToo() {
        long all = count("select count(*) from permit_line_item", PartyScope.EVERY_PARTY);
        long norway = count("select count(*) from permit_line_item", "NO");
        long switzerland = count("select count(*) from permit_line_item", "CH");
        assertThat(norway).isPositive().isLessThan(all);
        assertThat(norway + switzerland).isLessThanOrEqualTo(all);
    }

    @Test
    void rowsOfAnotherPartyCanBeNeitherWrittenNorChanged() {
        assertThatThrownBy(() -> update("insert into management_authority (party, name, address, updated_by, updated_at)"
                + " values ('CH', 'forged', 'forged', 'no-admin', now())", "NO"))
                .hasStackTraceContaining("row-level security");
        assertThat(update("update permit set special_conditions = 'forged' where tenant = 'CH'", "NO")).isZero();
        assertThat(count("select count(*) from permit where special_conditions = 'forged'", PartyScope.EVERY_PARTY))
                .isZero();
    }

    @Test
    void theServicesRoleCannotSwitchThePoliciesOff() {
        for (String escape : List.of("alter table permit disable row level security",
                "alter table permit no force row level security", "drop policy permit_of_the_party on permit",
                "set role postgres")) {
            assertThatThrownBy(() -> update(escape, "NO")).as(escape).isInstanceOf(RuntimeException.class);
        }
        assertThat(parties("select distinct tenant from permit", "NO")).containsExactly("NO");
    }

    @SuppressWarnings("unchecked")
    private List<String> parties(String sql, String party) {
        return PartyScope.inTransaction(party, () -> (List<String>) entityManager.createNativeQuery(sql).getResultList());
    }

    private long count(String sql, String party) {
        return PartyScope.inTransaction(party, () -> ((Number) entityManager.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    private int update(String sql, String party) {
        return PartyScope.inTransaction(party, () -> entityManager.createNativeQuery(sql).executeUpdate());
    }
}
