package org.ecites.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ecites.stack.Service;
import org.ecites.stack.Suite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One permit's whole journey through the five packaged services, each a separate process, through
 * their HTTP APIs only, with tokens from a real Keycloak: CH issues, signing signs, NO receives,
 * CH customs endorses, NO customs clears what arrived and both see both quantities, and the CH annual
 * report shows the endorsed quantities.
 */
@ExtendWith(RunningSuite.class)
@Order(1)
class PermitJourneyIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static Suite suite;

    @BeforeAll
    static void suite() {
        suite = RunningSuite.suite();
    }

    @Test
    void aPermitTravelsFromIssueToTheAnnualReport() {
        String chOfficer = token("ch-officer");
        Map<String, Object> issued = given().baseUri(suite.url(Service.PERMIT_REGISTRY)).auth().oauth2(chOfficer)
                .contentType(ContentType.JSON).body(Map.of(
                        "documentType", "EXPORT", "purpose", "T",
                        "exporter", Map.of("name", "Reptilia AG", "address", "Seestrasse 1, 8000 Zurich"),
                        "importer", Map.of("name", "Akvariet AS", "address", "Nordnes 4, 5005 Bergen", "country", "NO"),
                        "lineItems", List.of(
                                Map.of("scientificName", "Crocodylus niloticus", "appendix", "II", "source", "W",
                                        "term", "SKI", "quantity", 2, "originCountry", "BW",
                                        "nonDetrimentFinding", "SA-2026-17",
                                        "legalAcquisitionFinding", "MA-2026-0042"),
                                Map.of("scientificName", "Acipenser baerii", "appendix", "II", "source", "C",
                                        "term", "CAV", "quantity", 10, "unit", "KIL", "originCountry", "RU",
                                        "nonDetrimentFinding", "SA-2026-18", "legalAcquisitionFinding", "MA-2026-0043"))))
                .when().post("/api/v1/permits")
                .then().statusCode(201).body("exporterParty", equalTo("CH")).extract().as(Map.class);
        String number = (String) issued.get("permitNumber");

        await().atMost(EVENTUALLY).until(() -> given().baseUri(suite.url(Service.SIGNING)).auth().oauth2(chOfficer)
                .get("/api/v1/signed-permits/" + issued.get("permitId")).statusCode() == 200);
        String code = given().baseUri(suite.url(Service.SIGNING)).auth().oauth2(chOfficer)
                .get("/api/v1/signed-permits/" + issued.get("permitId")).then().extract().path("verificationCode");
        given().baseUri(suite.url(Service.SIGNING)).queryParam("issuer", "CH").queryParam("code", code)
                .get("/api/v1/verifications/" + number)
                .then().statusCode(200).body("valid", equalTo(true)).body("status.state", equalTo("VALID"));

        String noOfficer = token("no-officer");
        await().atMost(EVENTUALLY).untilAsserted(() -> given().baseUri(suite.url(Service.EXCHANGE))
                .auth().oauth2(noOfficer).get("/api/v1/inbox")
                .then().statusCode(200).body("permitNumber", hasItem(number)));
        given().baseUri(suite.url(Service.PERMIT_REGISTRY)).auth().oauth2(noOfficer)
                .get("/api/v1/permits/" + number).then().statusCode(404);

        String chCustoms = token("ch-customs");
        await().atMost(EVENTUALLY).untilAsserted(() -> given().baseUri(suite.url(Service.CUSTOMS_ENDORSEMENT))
                .auth().oauth2(chCustoms).contentType(ContentType.JSON).body(Map.of(
                        "permitNumber", number, "port", "CHZRH", "transportDocument", "724-12345675",
                        "quantities", List.of(Map.of("itemId", "A", "quantity", 2),
                                Map.of("itemId", "B", "quantity", 8.5))))
                .post("/api/v1/endorsements").then().statusCode(201));

        String noCustoms = token("no-customs");
        given().baseUri(suite.url(Service.CUSTOMS_ENDORSEMENT)).auth().oauth2(noCustoms).contentType(ContentType.JSON)
                .body(Map.of("permitNumber", number, "issuingParty", "CH", "port", "NOOSL",
                        "quantities", List.of(Map.of("itemId", "A", "quantity", 2), Map.of("itemId", "B", "quantity", 8))))
                .post("/api/v1/clearances").then().statusCode(201)
                .body("discrepancies", contains("block B: exported 8.5, imported 8"));
        given().baseUri(suite.url(Service.CUSTOMS_ENDORSEMENT)).auth().oauth2(chOfficer).queryParam("issuer", "CH")
                .get("/api/v1/consignments/" + number).then().statusCode(200)
                .body("blocks.find { it.itemId == 'B' }.exported", equalTo(8.5f))
                .body("blocks.find { it.itemId == 'B' }.imported", equalTo(8.0f));

        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(given().baseUri(suite.url(Service.ANNUAL_REPORT))
                .auth().oauth2(chOfficer).get("/api/v1/reports/CH/" + year + "/exports.csv")
                .then().statusCode(200).extract().asString().lines().filter(line -> line.contains(number)))
                .containsExactly(
                        "II,\"Crocodylus niloticus\",SKI,2,,NO,BW,%s,,T,W,%d".formatted(number, year),
                        "II,\"Acipenser baerii\",CAV,8.5,KIL,NO,RU,%s,,T,C,%d".formatted(number, year)));

        await().atMost(EVENTUALLY).untilAsserted(() -> given().baseUri(suite.url(Service.PERMIT_REGISTRY))
                .auth().oauth2(chOfficer).get("/api/v1/permits/" + number)
                .then().statusCode(200).body("status", equalTo("USED")));
        String seal = given().baseUri(suite.url(Service.EXCHANGE)).auth().oauth2(noOfficer).get("/api/v1/inbox")
                .then().statusCode(200).extract().path("find { it.permitNumber == '%s' && it.version == 'ISSUED' }.seal"
                        .formatted(number));
        await().atMost(EVENTUALLY).untilAsserted(() -> given().baseUri(suite.url(Service.SIGNING))
                .contentType(ContentType.JSON).body(Map.of("seal", seal)).post("/api/v1/verifications")
                .then().statusCode(200).body("code", equalTo("VALID")).body("status.state", equalTo("USED"))
                .body("status.endorsements.find { it.itemId == 'A' }.port", equalTo("CHZRH")));
    }

    @Test
    void everyBusinessEndpointWantsAToken() {
        given().baseUri(suite.url(Service.PERMIT_REGISTRY)).get("/api/v1/permits/CH26-000001").then().statusCode(401);
        given().baseUri(suite.url(Service.EXCHANGE)).get("/api/v1/inbox").then().statusCode(401);
        given().baseUri(suite.url(Service.ANNUAL_REPORT)).get("/api/v1/reports/CH/2026").then().statusCode(401);
        given().baseUri(suite.url(Service.CUSTOMS_ENDORSEMENT)).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/endorsements").then().statusCode(401);
        given().baseUri(suite.url(Service.EXCHANGE)).auth().oauth2(token("ch-customs")).get("/api/v1/inbox")
                .then().statusCode(200);
    }

    @Test
    void theRealmsAdministratorsSeeTheReferenceData() {
        given().baseUri(suite.url(Service.PERMIT_REGISTRY)).auth().oauth2(token("ch-admin"))
                .get("/api/v1/reference/checklist").then().statusCode(200).body("source", hasItem("bundled"));
        given().baseUri(suite.url(Service.PERMIT_REGISTRY)).auth().oauth2(token("cites-secretariat"))
                .get("/api/v1/reference/suspensions").then().statusCode(200);
        given().baseUri(suite.url(Service.PERMIT_REGISTRY)).auth().oauth2(token("ch-applicant"))
                .get("/api/v1/reference/checklist").then().statusCode(403);
    }

    @Test
    void everyServiceShowsItsHealthMetricsAndContract() {
        for (Service service : Service.values()) {
            given().baseUri(suite.url(service)).get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem("Database connections health check"))
                    .body("checks.name", hasItem("SmallRye Reactive Messaging - readiness check"));
            given().baseUri(suite.url(service)).get("/q/health/live").then().statusCode(200);
            assertThat(given().baseUri(suite.url(service)).get("/q/metrics").then().statusCode(200)
                    .extract().asString()).contains("ecites_outbox_pending");
            given().baseUri(suite.url(service)).get("/q/openapi?format=json").then().statusCode(200)
                    .body("openapi", org.hamcrest.Matchers.startsWith("3."));
        }
    }

    @Test
    void aUserCannotMoveThemselfToAnotherPartyThroughKeycloaksAccountApi() {
        String officer = token("ch-officer");
        given().auth().oauth2(officer).contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("username", "ch-officer", "attributes", Map.of("tenant", List.of("NO"))))
                .post(suite.keycloak().url() + "/realms/ecites/account/").then().statusCode(org.hamcrest.Matchers.lessThan(500));

        String payload = token("ch-officer").split("\\.")[1];
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"tenant\":\"CH\"").doesNotContain("\"tenant\":\"NO\"");
    }

    private static String token(String user) {
        return RunningSuite.token(user);
    }
}
