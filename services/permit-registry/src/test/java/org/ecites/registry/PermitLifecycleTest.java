package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PermitReplaced;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.registry.service.PermitExpiry;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PermitLifecycleTest {

    @Inject
    PermitExpiry expiry;

    @Inject
    EntityManager entityManager;

    @Test
    void anApplicationIsReviewedThenIssuedAndEveryStepIsAudited() {
        String id = given().auth().oauth2(Tokens.applicant("CH")).contentType(ContentType.JSON)
                .body(PermitRequests.crocodileExport("NO")).post("/api/v1/applications")
                .then().statusCode(201).body("status", equalTo("APPLIED")).body("permitNumber", nullValue())
                .body("appliedBy", equalTo("ch-applicant")).extract().path("permitId");

        given().auth().oauth2(Tokens.applicant("CH")).post("/api/v1/permits/" + id + "/issue").then().statusCode(403);
        given().auth().oauth2(Tokens.applicant("CH")).get("/api/v1/permits/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.token("another-trader", "CH", "applicant")).get("/api/v1/permits/" + id)
                .then().statusCode(404);
        Officers.act(id, "issue", null).statusCode(409);
        Officers.act(id, "review", null).statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        Officers.act(id, "review", null).statusCode(409).contentType("application/problem+json");
        String number = Officers.act(id, "issue", null).statusCode(200).body("status", equalTo("ISSUED"))
                .body("permitNumber", matchesPattern("CH\\d{2}-\\d{6}")).body("issuedBy", equalTo("ch-officer"))
                .extract().path("permitNumber");

        Officers.audit(number).statusCode(200).body("chainValid", equalTo(true))
                .body("entries.action", contains("APPLIED", "REVIEW_STARTED", "ISSUED"))
                .body("entries.actor", contains("ch-applicant", "ch-officer", "ch-officer"))
                .body("entries.role", contains("applicant", "ma-officer", "ma-officer"));
        KafkaProbe.await(EventType.PERMIT_ISSUED.topic(), r -> number.equals(KafkaProbe.header(r, "ce_subject")),
                Duration.ofSeconds(30));
    }

    /** Kept in the service's numbered form, not as the API's request, so the API can change without breaking it. */
    @Test
    void anApplicationIsKeptInItsNumberedFormUntilIssued() throws Exception {
        String id = given().auth().oauth2(Tokens.applicant("CH")).contentType(ContentType.JSON)
                .body(PermitRequests.crocodileExport("NO")).post("/api/v1/applications")
                .then().statusCode(201).extract().path("permitId");

        JsonNode stored = new ObjectMapper().readTree(PartyScope.inTransaction("CH", () -> (String) entityManager
                .createNativeQuery("select application from permit where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult()));

        assertThat(stored.path("form").asInt()).isEqualTo(1);
        assertThat(stored.path("application").path("importer").path("country").asText()).isEqualTo("NO");
        assertThat(stored.path("application").path("lineItems").path(0).path("scientificName").asText())
                .isEqualTo("Crocodylus niloticus");
        Officers.act(id, "review", null).statusCode(200);
        Officers.act(id, "issue", null).statusCode(200).body("status", equalTo("ISSUED"))
                .body("lineItems[0].scientificName", equalTo("Crocodylus niloticus"));
    }

    @Test
    void aRefusedApplicationIsNeverIssued() {
        String id = given().auth().oauth2(Tokens.applicant("CH")).contentType(ContentType.JSON)
                .body(PermitRequests.crocodileExport("NO")).post("/api/v1/applications")
                .then().statusCode(201).extract().path("permitId");
        Officers.act(id, "refuse", Map.of()).statusCode(400).body("errors[0].field", equalTo("reason"));
        Officers.act(id, "refuse", Map.of("reason", "no legal-acquisition evidence")).statusCode(200)
                .body("status", equalTo("REFUSED")).body("statusReason", equalTo("no legal-acquisition evidence"));
        Officers.act(id, "issue", null).statusCode(409);
        Officers.act(id, "review", null).statusCode(409);
    }

    @Test
    void aCancelledPermitIsAnnouncedAndStaysCancelled() {
        String id = (String) Officers.issueCrocodileExport().get("permitId");
        Officers.act(id, "cancel", Map.of("reason", "issued in error")).statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Officers.act(id, "cancel", Map.of("reason", "again")).statusCode(409);

        var cancelled = KafkaProbe.await(EventType.PERMIT_ISSUED.topic(), r -> id.equals(r.key())
                && EventType.PERMIT_CANCELLED.cloudEventType().equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(cancelled.value()).contains("issued in error");
    }

    @Test
    void aReplacementVoidsTheDocumentItReplaces() {
        Map<String, Object> old = Officers.issueCrocodileExport();
        String oldId = (String) old.get("permitId");
        String newNumber = Officers.act(oldId, "replace", Map.of("reason", "wrong importer address",
                        "document", PermitRequests.crocodileExport("NO")))
                .statusCode(201).body("replacesId", equalTo(oldId)).body("status", equalTo("ISSUED"))
                .extract().path("permitNumber");

        Officers.get(old.get("permitNumber")).body("status", equalTo("REPLACED"));
        Officers.act(oldId, "replace", Map.of("reason", "again", "document", PermitRequests.crocodileExport("NO")))
                .statusCode(409);
        var replaced = KafkaProbe.await(EventType.PERMIT_ISSUED.topic(), r -> oldId.equals(r.key())
                && EventType.PERMIT_REPLACED.cloudEventType().equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(EventJson.decode(replaced.value(), PermitReplaced.class).replacementNumber()).isEqualTo(newNumber);
    }

    @Test
    void aStaleVersionIsRefusedWithPreconditionFailed() {
        Map<String, Object> permit = Officers.issueCrocodileExport();
        String etag = Officers.get(permit.get("permitNumber")).statusCode(200).extract().header("ETag");

        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(Map.of("reason", "stale")).post("/api/v1/permits/" + permit.get("permitId") + "/cancel")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("reason", "current")).post("/api/v1/permits/" + permit.get("permitId") + "/cancel")
                .then().statusCode(200);
    }

    @Test
    void documentsPastTheirValidityExpireAndUsedOnesClose() {
        String unused = (String) Officers.issueCrocodileExport().get("permitId");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        RealInfrastructure.executeAsOwner("update permit set valid_until = ? where id = ?", today.minusDays(1),
                UUID.fromString(unused));

        assertThat(expiry.expireDue(today)).isGreaterThanOrEqualTo(1);

        Officers.get(unused).body("status", equalTo("EXPIRED"));
        Officers.audit(unused).body("entries.action", contains("ISSUED", "EXPIRED")).body("chainValid", equalTo(true));
        KafkaProbe.await(EventType.PERMIT_ISSUED.topic(), r -> unused.equals(r.key())
                && EventType.PERMIT_EXPIRED.cloudEventType().equals(KafkaProbe.header(r, "ce_type")),
                Duration.ofSeconds(30));
        assertThat(expiry.expireDue(today)).isZero();
    }
}
