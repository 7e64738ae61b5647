package org.ecites.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.ecites.events.PermitDocument;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.PartnerTls;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** A delivery is seen by its two ends and by nobody else, whatever a query forgets to filter. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerTls.class)
class RowLevelSecurityTest {

    @Inject
    EntityManager entityManager;

    @Test
    void bothEndsSeeTheDeliveryAndAThirdPartySeesNoRowAtAll() {
        HostedParties.onboard("CH", "NO");
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.maOfficer("NO"))
                .get("/api/v1/inbox").then().body("permitNumber", hasItem(permit.permitNumber())));

        String query = "select count(*) from received_permit r join delivery d on d.id = r.delivery_id"
                + " where d.permit_id = '" + permit.permitId() + "'";
        assertThat(count(query, "CH")).isEqualTo(1);
        assertThat(count(query, "NO")).isEqualTo(1);
        assertThat(count(query, "ZM")).isZero();
        assertThat(count("select count(*) from delivery", "ZM")).as("a Party of no trade here").isZero();
        assertThat(count("select count(*) from received_permit", "")).isZero();
    }

    private long count(String sql, String party) {
        return PartyScope.inTransaction(party, () -> ((Number) entityManager.createNativeQuery(sql).getSingleResult())
                .longValue());
    }
}
