package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.ecites.platform.security.Roles;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Only hosted Parties act here, whatever their tokens say. Onboarding itself, which goes through Keycloak,
 * is tested against the packaged suite (OnboardingIT); these checks refuse before any call to it.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class HostedPartiesTest {

    private static final String PLATFORM_ADMIN = Tokens.token("ops-admin", "CH", Roles.PLATFORM_ADMIN);

    @Test
    void aPartyIssuesOnlyWhileItIsHosted() {
        given().auth().oauth2(Tokens.maOfficer("KE")).contentType(ContentType.JSON)
                .body(PermitRequests.crocodileExport("NO")).post("/api/v1/permits")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("not hosted"));

        // by hand in SQL, past the API: the database's notification must reach the registry's cache
        RealInfrastructure.executeAsOwner("insert into hosted_party (party, name, status, onboarded_by, onboarded_at)"
                + " values ('FR', 'France', 'HOSTED', 'ops-admin', now())");
        awaitIssuing("FR", 201);

        RealInfrastructure.executeAsOwner("update hosted_party set status = 'OFFBOARDED' where party = 'FR'");
        awaitIssuing("FR", 403);
        given().auth().oauth2(Tokens.maAdmin("FR")).get("/api/v1/users").then().statusCode(403);
        given().auth().oauth2(PLATFORM_ADMIN).get("/api/v1/parties/FR").then().statusCode(200)
                .body("status", equalTo("OFFBOARDED"));
    }

    @Test
    void aChangeMadeWhileTheRegistryCouldNotHearOfItIsSeenAfterwards() {
        RealInfrastructure.executeAsOwner("insert into hosted_party (party, name, status, onboarded_by, onboarded_at)"
                + " values ('IT', 'Italy', 'HOSTED', 'ops-admin', now())");
        awaitIssuing("IT", 201);

        RealInfrastructure.queryAsOwner("select count(pg_terminate_backend(pid)) from pg_stat_activity"
                + " where application_name = 'registry-reference-changes'");
        RealInfrastructure.executeAsOwner("update hosted_party set status = 'OFFBOARDED' where party = 'IT'");
        awaitIssuing("IT", 403);
    }

    /** A change is in force once its notification arrived, milliseconds after it was committed. */
    private static void awaitIssuing(String party, int status) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> given()
                .auth().oauth2(Tokens.maOfficer(party)).contentType(ContentType.JSON)
                .body(PermitRequests.crocodileExport("NO")).post("/api/v1/permits").statusCode() == status);
    }

    @Test
    void onlyThePlatformAdministratorSeesAndOnboardsParties() {
        given().auth().oauth2(PLATFORM_ADMIN).get("/api/v1/parties").then().statusCode(200)
                .body("party", hasItems("CH", "NO")).body("party", not(hasItem("KE")));
        given().auth().oauth2(Tokens.maAdmin("CH")).get("/api/v1/parties").then().statusCode(403);
        given().auth().oauth2(PLATFORM_ADMIN).get("/api/v1/parties/KE").then().statusCode(404);

        given().auth().oauth2(PLATFORM_ADMIN).contentType(ContentType.JSON).body(onboarding("XX"))
                .post("/api/v1/parties").then().statusCode(400).body("errors[0].field", equalTo("party"));
        given().auth().oauth2(PLATFORM_ADMIN).contentType(ContentType.JSON).body(onboarding("CH"))
                .post("/api/v1/parties").then().statusCode(409);
        given().auth().oauth2(PLATFORM_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("party", "KE", "name", "Kenya", "managementAuthority", Map.of("name", "KWS", "address", "Nairobi"),
                        "administrator", Map.of("username", "Ke Admin", "email", "not an address")))
                .post("/api/v1/parties").then().statusCode(400)
                .body("errors.field", hasItems("administrator.username", "administrator.email"));
    }

    private static Map<String, Object> onboarding(String party) {
        return Map.of("party", party, "name", "A Party", "managementAuthority", Map.of("name", "MA", "address", "Capital"),
                "administrator", Map.of("username", party.toLowerCase() + "-first-admin", "email", "admin@example.org"));
    }
}
