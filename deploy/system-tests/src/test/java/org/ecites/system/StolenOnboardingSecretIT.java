package org.ecites.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.ecites.infrastructure.Keycloak;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Threat T15: someone steals the registry's onboarding secret and talks to Keycloak's admin API directly.
 * The realm's fine-grained admin permissions let the account make Party groups and Party users with the
 * Party roles, as onboarding needs; the platform's staff, its roles, the realm and its clients stay out of
 * reach. With the account's former {@code manage-users} role every refusal below would have succeeded.
 */
@ExtendWith(RunningSuite.class)
@Order(2)
class StolenOnboardingSecretIT {

    private static final List<String> PARTY_ROLES = List.of("applicant", "customs-officer", "ma-admin", "ma-officer");

    @Test
    void theOnboardingAccountMakesPartyUsersWithPartyRolesAndNothingElse() {
        String thief = serviceAccountToken();
        String master = masterAdminToken();
        admin(thief).get("/users?q=tenant:CH").then().statusCode(200)
                .body("username", hasItem("ch-officer")).body("username", not(hasItem("ops-admin")));
        admin(thief).get("/users?username=ops-admin&exact=true").then().statusCode(200).body("$", empty());
        String opsAdmin = admin(master).get("/users?username=ops-admin&exact=true").then().statusCode(200)
                .extract().path("[0].id");
        admin(thief).body(Map.of("type", "password", "value", "taken-over-1234", "temporary", false))
                .put("/users/" + opsAdmin + "/reset-password").then().statusCode(403);
        admin(thief).body(Map.of("enabled", false)).put("/users/" + opsAdmin).then().statusCode(403);

        String mole = admin(thief).body(Map.of("username", "ch-mole", "enabled", true,
                        "attributes", Map.of("tenant", List.of("CH")), "groups", List.of("/CH")))
                .post("/users").then().statusCode(201).extract().header("Location").replaceAll(".*/", "");
        try {
            List<String> mappable = admin(thief).get("/users/" + mole + "/role-mappings/realm/available")
                    .then().statusCode(200).extract().path("name");
            assertThat(mappable).containsExactlyInAnyOrderElementsOf(PARTY_ROLES);
            for (String platformRole : List.of("platform-admin", "secretariat", "sre", "partner")) {
                Map<String, Object> role = admin(master).get("/roles/" + platformRole).then().statusCode(200)
                        .extract().as(Map.class);
                admin(thief).body(List.of(role)).post("/users/" + mole + "/role-mappings/realm")
                        .then().statusCode(403);
            }
            assertThat(admin(master).get("/users/" + mole + "/role-mappings/realm/composite").then()
                    .statusCode(200).extract().<List<String>>path("name")).doesNotContain("platform-admin");
            selfPromotionIsRefused(thief, master);

            admin(thief).body(Map.of("bruteForceProtected", false)).put("").then().statusCode(403);
            admin(thief).get("/clients").then().statusCode(403);
            admin(thief).body(Map.of("name", "root")).post("/roles").then().statusCode(403);
            admin(thief).body(Map.of("name", "platform-staff")).post("/groups/" + platformGroup(master) + "/children")
                    .then().statusCode(403);
        } finally {
            admin(master).delete("/users/" + mole).then().statusCode(204);
        }
    }

    /** The account cannot give itself the realm-management roles it was narrowed from. */
    private static void selfPromotionIsRefused(String thief, String master) {
        String realmManagement = admin(master).get("/clients?clientId=realm-management").then().statusCode(200)
                .extract().path("[0].id");
        String account = admin(master).get("/users?username=service-account-ecites-onboarding&exact=true").then()
                .statusCode(200).extract().path("[0].id");
        Map<String, Object> realmAdmin = admin(master).get("/clients/" + realmManagement + "/roles/realm-admin")
                .then().statusCode(200).extract().as(Map.class);
        admin(thief).body(List.of(realmAdmin)).post("/users/" + account + "/role-mappings/clients/" + realmManagement)
                .then().statusCode(403);
    }

    private static String platformGroup(String master) {
        return admin(master).get("/groups?search=platform&exact=true").then().statusCode(200).extract().path("[0].id");
    }

    private static String serviceAccountToken() {
        return given().formParams(Map.of("grant_type", "client_credentials", "client_id", "ecites-onboarding",
                        "client_secret", RunningSuite.suite().onboardingSecret()))
                .post(RunningSuite.suite().keycloak().tokenUrl()).then().statusCode(200).extract().path("access_token");
    }

    private static String masterAdminToken() {
        return given().formParams(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", Keycloak.BOOTSTRAP_ADMIN, "password", Keycloak.BOOTSTRAP_ADMIN))
                .post(RunningSuite.suite().keycloak().url() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static RequestSpecification admin(String token) {
        return given().baseUri(RunningSuite.suite().keycloak().url() + "/admin/realms/" + Keycloak.REALM)
                .auth().oauth2(token).contentType(ContentType.JSON);
    }
}
