package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.ecites.platform.security.Roles;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Box 6 on Uganda's documents, so that no other test's documents change. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ManagementAuthorityTest {

    private static final String ADMIN = Tokens.token("ug-admin", "UG", Roles.MA_ADMIN);
    private static final String OFFICER = Tokens.maOfficer("UG");

    @Test
    void documentsCarryTheAuthorityAsRecordedWhenTheyWereMade() {
        Object before = issue().extract().path("permitNumber");
        given().auth().oauth2(OFFICER).get("/api/v1/permits/" + before).then().body("issuingAuthority", nullValue());

        record("Uganda Wildlife Authority", "Plot 7 Kira Road, Kampala").statusCode(200)
                .body("updatedBy", equalTo("ug-admin"));
        issue().body("issuingAuthority.name", equalTo("Uganda Wildlife Authority"))
                .body("issuingAuthority.address", equalTo("Plot 7 Kira Road, Kampala"))
                .body("issuingAuthority.country", equalTo("UG"));

        Object first = issue().extract().path("permitNumber");
        record("Uganda Wildlife Authority", "Lugogo Bypass, Kampala").statusCode(200);
        given().auth().oauth2(OFFICER).get("/api/v1/permits/" + first).then()
                .body("issuingAuthority.address", equalTo("Plot 7 Kira Road, Kampala"));
        given().auth().oauth2(OFFICER).get("/api/v1/reference/management-authority").then().statusCode(200)
                .body("address", equalTo("Lugogo Bypass, Kampala"));
    }

    @Test
    void onlyAdministratorsRecordItAndBothFieldsAreNeeded() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("name", "x", "address", "y"))
                .put("/api/v1/reference/management-authority").then().statusCode(403);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", " ", "address", "y"))
                .put("/api/v1/reference/management-authority").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("name"));
        given().auth().oauth2(Tokens.maOfficer("TZ")).get("/api/v1/reference/management-authority")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static ValidatableResponse record(String name, String address) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", name, "address", address))
                .put("/api/v1/reference/management-authority").then();
    }

    private static ValidatableResponse issue() {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(PermitRequests.crocodileExport("NO")).post("/api/v1/permits").then().statusCode(201);
    }
}
