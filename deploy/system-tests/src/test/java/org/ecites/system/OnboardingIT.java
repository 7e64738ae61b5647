package org.ecites.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecites.stack.Service;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A platform administrator onboards a third Party, Kenya, on the running suite without a release: its
 * administrator gets into Keycloak, creates its officers, and a permit travels from Kenya to Switzerland
 * and back; then Kenya is offboarded, and its users and its inbox close while everyone's data stays.
 */
@ExtendWith(RunningSuite.class)
@Order(2)
class OnboardingIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @Test
    void aThirdPartyIsOnboardedTradesAndIsOffboarded() {
        String platformAdmin = RunningSuite.token("ops-admin");
        Map<String, Object> kenya = Map.of("party", "KE", "name", "Kenya",
                "managementAuthority", Map.of("name", "Kenya Wildlife Service", "address", "P.O. Box 40241, Nairobi"),
                "administrator", Map.of("username", "ke-admin", "email", "ke-admin@example.org",
                        "firstName", "Wanjiru", "lastName", "Kamau"));
        as(Service.PERMIT_REGISTRY, RunningSuite.token("ch-admin")).body(kenya).post("/api/v1/parties")
                .then().statusCode(403);
        String adminPassword = as(Service.PERMIT_REGISTRY, platformAdmin).body(kenya).post("/api/v1/parties")
                .then().statusCode(201).body("party.status", equalTo("HOSTED"))
                .body("administrator.role", equalTo("ma-admin")).extract().path("administrator.initialPassword");
        as(Service.PERMIT_REGISTRY, platformAdmin).body(kenya).post("/api/v1/parties").then().statusCode(409);

        String keAdmin = RunningSuite.token("ke-admin", adminPassword);
        as(Service.PERMIT_REGISTRY, keAdmin).get("/api/v1/reference/management-authority")
                .then().statusCode(200).body("name", equalTo("Kenya Wildlife Service"));
        String officerPassword = createUser(keAdmin, "ke-officer", "ma-officer");
        as(Service.PERMIT_REGISTRY, keAdmin).body(Map.of("username", "ke-root", "email", "ke-root@example.org",
                "role", "platform-admin")).post("/api/v1/users")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        as(Service.PERMIT_REGISTRY, keAdmin).body(Map.of("enabled", false)).patch("/api/v1/users/ch-officer")
                .then().statusCode(404);
        as(Service.PERMIT_REGISTRY, RunningSuite.token("ch-admin")).get("/api/v1/users")
                .then().statusCode(200).body("username", hasItem("ch-officer"))
                .body("username", not(hasItem("ke-officer"))).body("username", not(hasItem("ke-admin")));

        String keOfficer = RunningSuite.token("ke-officer", officerPassword);
        String chOfficer = RunningSuite.token("ch-officer");
        String fromKenya = issueExport(keOfficer, "CH");
        await().atMost(EVENTUALLY).untilAsserted(() -> as(Service.EXCHANGE, chOfficer).get("/api/v1/inbox")
                .then().statusCode(200).body("permitNumber", hasItem(fromKenya)));
        String toKenya = issueExport(chOfficer, "KE");
        await().atMost(EVENTUALLY).untilAsserted(() -> as(Service.EXCHANGE, keOfficer).get("/api/v1/inbox")
                .then().statusCode(200).body("permitNumber", hasItem(toKenya)));

        as(Service.PERMIT_REGISTRY, keAdmin).body(Map.of("enabled", false)).patch("/api/v1/users/ke-officer")
                .then().statusCode(200).body("enabled", equalTo(false));
        assertThat(RunningSuite.login("ke-officer", officerPassword).statusCode()).isEqualTo(400);

        as(Service.PERMIT_REGISTRY, platformAdmin).body(Map.of("reason", "moves to its own national system"))
                .post("/api/v1/parties/KE/offboarding").then().statusCode(200).body("status", equalTo("OFFBOARDED"));
        assertThat(RunningSuite.login("ke-admin", adminPassword).statusCode()).isEqualTo(400);
        String afterOffboarding = issueExport(chOfficer, "KE");
        await().atMost(EVENTUALLY).untilAsserted(() -> as(Service.EXCHANGE, chOfficer).get("/api/v1/deliveries")
                .then().statusCode(200)
                .body("find { it.permitNumber == '" + afterOffboarding + "' }.status", equalTo("PENDING_DELIVERY"))
                .body("find { it.permitNumber == '" + afterOffboarding + "' }.route", equalTo("PULL")));
        as(Service.EXCHANGE, chOfficer).get("/api/v1/inbox").then().body("permitNumber", hasItem(fromKenya));
        as(Service.PERMIT_REGISTRY, platformAdmin).get("/api/v1/parties/KE")
                .then().statusCode(200).body("offboardingReason", equalTo("moves to its own national system"));
    }

    private static String createUser(String admin, String username, String role) {
        return as(Service.PERMIT_REGISTRY, admin).body(Map.of("username", username,
                        "email", username + "@example.org", "role", role))
                .post("/api/v1/users").then().statusCode(201).body("role", equalTo(role))
                .extract().path("initialPassword");
    }

    private static String issueExport(String officer, String importer) {
        return as(Service.PERMIT_REGISTRY, officer).body(Map.of(
                        "documentType", "EXPORT", "purpose", "T",
                        "exporter", Map.of("name", "Tannery Ltd", "address", "Industrial Area, Nairobi"),
                        "importer", Map.of("name", "Reptilia AG", "address", "Seestrasse 1, 8000 Zurich",
                                "country", importer),
                        "lineItems", List.of(Map.of("scientificName", "Crocodylus niloticus", "appendix", "II",
                                "source", "W", "term", "SKI", "quantity", 2, "originCountry", "BW",
                                "nonDetrimentFinding", "SA-2026-17", "legalAcquisitionFinding", "MA-2026-0042"))))
                .post("/api/v1/permits").then().statusCode(201).extract().path("permitNumber");
    }

    private static RequestSpecification as(Service service, String token) {
        return given().baseUri(RunningSuite.suite().url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
