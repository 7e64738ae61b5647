package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecites.platform.outbox.OutboxEvent;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.registry.reference.ExportQuota;
import org.ecites.registry.repository.Permit;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** What an attacker or a careless client sends gets a problem naming the field, never a 5xx, and writes nothing. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class HostileInputTest {

    @Test
    void anApplicationRunsTheRulesOfAnIssueAndStoresNothingWhenItBreaksThem() {
        long permits = count();
        Map<String, Object> body = PermitRequests.crocodileExport("NO");
        ((Map<?, ?>) body.get("importer")).remove("country");

        given().auth().oauth2(Tokens.applicant("CH")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/applications").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("importer.country"))
                .body("errors[0].rule", equalTo("parties-consistent"));
        assertThat(count()).isEqualTo(permits);
    }

    @Test
    void aReferenceShapedLikeAUuidButNotOneIsNotFound() {
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/permits/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aQuotaBeyondWhatBox11HoldsIsRefused() {
        given().auth().oauth2(Tokens.maAdmin("CH")).contentType(ContentType.JSON)
                .body("[{\"scientificName\":\"Testudo graeca\",\"quantity\":1e16,\"unit\":\"KIL\"}]")
                .put("/api/v1/reference/quotas/2026").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", endsWith("quantity"));
        assertThat(PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> ExportQuota.count("quantity > ?1",
                new BigDecimal("1e15")))).isZero();
    }

    @Test
    void aPageBeyondAnyOffsetIsRefused() {
        given().auth().oauth2(Tokens.maOfficer("CH")).queryParam("page", 4294968).queryParam("size", 500)
                .get("/api/v1/permits").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.maOfficer("CH")).queryParam("page", -1)
                .get("/api/v1/permits").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.maOfficer("CH")).queryParam("size", 0)
                .get("/api/v1/permits").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void aNulCharacterInAParameterOrInTheBodyIsRefusedByName() {
        given().auth().oauth2(Tokens.maOfficer("CH")).urlEncodingEnabled(false).get("/api/v1/permits?species=Py%00thon")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("species"));
        given().auth().oauth2(Tokens.maOfficer("CH")).urlEncodingEnabled(false).get("/api/v1/permits/CH26%00-000001")
                .then().statusCode(400).body("errors[0].field", equalTo("reference"));

        long permits = count();
        Map<String, Object> body = PermitRequests.crocodileExport("NO");
        body.put("specialConditions", "kept cool\u0000");
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/permits").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("specialConditions"));
        assertThat(count()).isEqualTo(permits);
    }

    @Test
    void deeplyNestedOrHugeNumbersInTheBodyAreRefused() {
        String nested = "{\"lineItems\":" + "[".repeat(40) + "]".repeat(40) + "}";
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(nested)
                .post("/api/v1/permits").then().statusCode(400).contentType("application/problem+json");
        String longNumber = "{\"lineItems\":[{\"quantity\":" + "9".repeat(200) + "}]}";
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(longNumber)
                .post("/api/v1/permits").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(List.of(1, "two"))
                .post("/api/v1/permits").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aTokenMeantForAnotherAudienceIsRefused() {
        String elsewhere = Jwt.preferredUserName("ch-officer").claim("tenant", "CH").groups(Set.of("ma-officer"))
                .issuer("https://server.example.com").audience("https://another-service.example.com").sign();
        given().auth().oauth2(elsewhere).get("/api/v1/permits").then().statusCode(401);
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/permits").then().statusCode(200);
    }

    private static long count() {
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> Permit.count() + OutboxEvent.count());
    }
}
