package org.ecites.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.ecites.events.PermitCancelled;
import org.ecites.events.PermitDocument;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PartnerTls;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Documents for Parties whose partner system takes pushes: retried while it fails, delivered exactly once. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerTls.class)
class PartnerPushTest {

    @BeforeAll
    static void switzerlandIsHosted() {
        HostedParties.onboard("CH", "NO");
    }

    @Test
    void aPartnerThatFailsThreeTimesThenRecoversGetsTheSignedDocumentExactlyOnce() {
        try (PartnerEndpoint belgium = PartnerEndpoint.failingFirst(3)) {
            EpixClients.registered("be-rest", "CN=Belgian CITES system,C=BE", "REST", belgium.url(), "BE");
            PermitDocument permit = PermitDocuments.export("CH", "BE");
            KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));

            await().atMost(Duration.ofSeconds(30)).until(() -> !belgium.taken().isEmpty());
            String id = awaitDelivery(permit, "DELIVERED");

            assertThat(belgium.calls()).isEqualTo(4);
            assertThat(belgium.taken()).singleElement().satisfies(received -> {
                assertThat(received.message()).isEqualTo("PERMIT");
                assertThat(received.contentType()).isEqualTo("application/xml");
                assertThat(PermitXml.readSigned(received.body().getBytes(StandardCharsets.UTF_8)).message())
                        .isEqualTo(PermitMessage.issued(PermitDocuments.asInXml(permit)));
            });
            given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/deliveries/" + id).then()
                    .body("attempts", equalTo(4)).body("history.size()", equalTo(5))
                    .body("history[1].detail", equalTo("attempt 1 to be-rest: HTTP 503"));

            KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitCancelled(permit, "issued in error", "ch-officer",
                    Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> belgium.taken().size() == 2);
            assertThat(belgium.taken().get(1).message()).isEqualTo("CANCELLATION");
            assertThat(belgium.taken().get(1).body()).contains("\"reason\":\"issued in error\"");
        }
    }

    @Test
    void aPartnerEndpointThatWantsMutualTlsSeesTheExchangesOwnCertificate() {
        try (PartnerEndpoint mexico = PartnerEndpoint.overMutualTls()) {
            EpixClients.registered("mx-rest", "CN=Mexican CITES system,C=MX", "REST", mexico.url(), "MX");
            PermitDocument permit = PermitDocuments.export("CH", "MX");
            KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));

            await().atMost(Duration.ofSeconds(30)).until(() -> !mexico.taken().isEmpty());
            assertThat(mexico.taken().getFirst().clientCertificate()).isEqualTo("C=CH,CN=cloud eCITES exchange");
            awaitDelivery(permit, "DELIVERED");
        }
    }

    @Test
    void aPartnerThatNeverAnswersWellEndsFailedUntilAnOperatorRetriesIt() {
        try (PartnerEndpoint netherlands = PartnerEndpoint.failingFirst(6)) {
            EpixClients.registered("nl-rest", "CN=Dutch CITES system,C=NL", "REST", netherlands.url(), "NL");
            PermitDocument permit = PermitDocuments.export("CH", "NL");
            KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));

            String id = awaitDelivery(permit, "FAILED_DELIVERY");
            assertThat(netherlands.taken()).isEmpty();
            given().auth().oauth2(Tokens.platformAdmin()).get("/api/v1/operations/deliveries").then().statusCode(200)
                    .body("find { it.id == '" + id + "' }.attempts", equalTo(4));
            given().auth().oauth2(Tokens.maOfficer("CH")).post("/api/v1/operations/deliveries/" + id + "/retry")
                    .then().statusCode(403);

            given().auth().oauth2(Tokens.platformAdmin()).post("/api/v1/operations/deliveries/" + id + "/retry")
                    .then().statusCode(200).body("status", equalTo("PENDING_DELIVERY"));
            awaitDelivery(permit, "DELIVERED");
            assertThat(netherlands.taken()).hasSize(1);
            given().auth().oauth2(Tokens.platformAdmin()).post("/api/v1/operations/deliveries/" + id + "/retry")
                    .then().statusCode(409);
        }
    }

    private static String awaitDelivery(PermitDocument permit, String status) {
        String find = "find { it.permitNumber == '" + permit.permitNumber() + "' && it.message == 'PERMIT' }";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(Tokens.maOfficer("CH"))
                .get("/api/v1/deliveries").then().body(find + ".status", equalTo(status)));
        return given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/deliveries").then().extract().path(find + ".id");
    }
}
