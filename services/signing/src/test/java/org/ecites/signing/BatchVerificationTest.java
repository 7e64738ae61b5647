package org.ecites.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecites.signing.SignedPermits.sealOf;
import static org.ecites.signing.SignedPermits.signedExport;
import static org.ecites.signing.SignedPermits.verify;
import static org.ecites.signing.SignedPermits.verifyAll;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.ecites.events.PermitCancelled;
import org.ecites.events.PermitDocument;
import org.ecites.seal.Crypto;
import org.ecites.seal.SealCodec;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.RealInfrastructure;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class BatchVerificationTest {

    @Test
    void eachSealIsAnsweredInItsPlaceWithItsOwnPermitsStatus() {
        PermitDocument valid = signedExport("CH", "NO");
        PermitDocument cancelled = signedExport("NO", "CH");
        KafkaProbe.publish(UUID.randomUUID(), "NO", new PermitCancelled(cancelled, "issued in error", "no-officer",
                Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> verify(sealOf(cancelled))
                .body("status.state", equalTo("CANCELLED")));
        SealCodec.Seal decoded = SealCodec.decode(sealOf(valid));
        String forged = SealCodec.encode(decoded.summary(), decoded.keyId(), Crypto.newKeyPair().getPrivate());

        verifyAll("127.0.1.1", List.of(sealOf(cancelled), "CITES1:NOT-A-SEAL", sealOf(valid), forged, sealOf(valid)))
                .statusCode(200)
                .body("verifications", hasSize(5))
                .body("verifications[0].permit.permitNumber", equalTo(cancelled.permitNumber()))
                .body("verifications[0].status.state", equalTo("CANCELLED"))
                .body("verifications[1].code", equalTo("MALFORMED"))
                .body("verifications[2].permit.permitNumber", equalTo(valid.permitNumber()))
                .body("verifications[2].status.state", equalTo("VALID"))
                .body("verifications[3].code", equalTo("BAD_SIGNATURE"))
                .body("verifications[3].status", nullValue())
                .body("verifications[4].status.state", equalTo("VALID"));
    }

    @Test
    void everySealCountsAgainstTheAddressLimitSoABatchIsNoWayAroundIt() {
        List<String> fifty = Collections.nCopies(50, sealOf(signedExport("CH", "NO")));
        int burst = ConfigProvider.getConfig().getValue("ecites.public-rate-limit.burst", Integer.class);

        for (int batch = 0; batch < burst / fifty.size(); batch++) {
            verifyAll("127.0.1.2", fifty).statusCode(200).body("verifications", hasSize(50));
        }
        String retryAfter = verifyAll("127.0.1.2", fifty).statusCode(429)
                .contentType("application/problem+json").extract().header("Retry-After");

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 60L);
        verifyAll("127.0.1.3", fifty.subList(0, 1)).statusCode(200).body("verifications", hasSize(1));
    }

    @Test
    void aBadBatchIsAProblemNamingTheFieldAndNeverAServerError() {
        verifyAll("127.0.1.4", List.of()).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("seals"));
        verifyAll("127.0.1.4", Collections.nCopies(51, "CITES1:X")).statusCode(400)
                .body("errors[0].field", equalTo("seals"));
        verifyAll("127.0.1.4", List.of("CITES1:X", " ")).statusCode(400).body("errors[0].field", equalTo("seals[1]"));
        for (String body : List.of("{}", "{\"seals\": \"CITES1:X\"}", "{\"seals\": [{}]}",
                "{\"seals\": [\"CITES1:\\u0000\"]}", "{\"seals\": [", "[]")) {
            given().header("X-Forwarded-For", "127.0.1.5").contentType(ContentType.JSON).body(body)
                    .post("/api/v1/verifications/batch").then().log().ifValidationFails().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().header("X-Forwarded-For", "127.0.1.5").contentType(ContentType.JSON).body("{\"seals\": [1e999999]}")
                .post("/api/v1/verifications/batch").then().statusCode(200)
                .body("verifications[0].code", equalTo("MALFORMED"));
    }
}
