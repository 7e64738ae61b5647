package org.ecites.exchange;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.ecites.events.PermitDocument;
import org.ecites.testing.ApiContractTests;
import org.ecites.testing.IsolationSuite;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.PartnerTls;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerTls.class)
class OpenApiContractTest extends ApiContractTests {

    @Override
    protected IsolationSuite isolationSuite() throws IOException {
        HostedParties.onboard("CH", "NO");
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.maOfficer("NO"))
                .get("/api/v1/inbox").then().statusCode(200).body("permitNumber", hasItem(permit.permitNumber())));

        String delivery = given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/deliveries").then()
                .extract().path("find { it.permitNumber == '" + permit.permitNumber() + "' }.id");

        String entry = given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/inbox").then()
                .extract().path("find { it.permitNumber == '" + permit.permitNumber() + "' }.id");

        return IsolationSuite.of(service(), "CH", "KE").pathValue("id", delivery).pathValue("entryId", entry)
                .body("decide", Map.of("decision", "ACCEPTED"))
                .secret(permit.permitNumber()).secret(permit.permitId());
    }
}
