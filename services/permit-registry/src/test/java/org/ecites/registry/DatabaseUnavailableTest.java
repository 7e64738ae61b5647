package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** While PostgreSQL is down a request is told to come back (503, Retry-After), never a 500, and then it works. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class DatabaseUnavailableTest {

    @Test
    void aRequestDuringADatabaseOutageGetsA503ProblemWithRetryAfterAndTheSameRequestWorksAfterIt() {
        String token = Tokens.maOfficer("CH");
        RealInfrastructure.postgres().stop();
        try {
            given().auth().oauth2(token).get("/api/v1/permits")
                    .then().statusCode(503).contentType(startsWith("application/problem+json"))
                    .header("Retry-After", "1").body("status", equalTo(503));
            given().auth().oauth2(token).contentType("application/json").body(PermitRequests.crocodileExport("NO"))
                    .post("/api/v1/permits").then().statusCode(503).header("Retry-After", "1");
        } finally {
            RealInfrastructure.postgres().resume();
        }
        given().auth().oauth2(token).get("/api/v1/permits").then().statusCode(200);
    }
}
