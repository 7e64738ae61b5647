package org.ecites.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecites.signing.SignedPermits.sealOf;
import static org.ecites.signing.SignedPermits.signedExport;
import static org.ecites.signing.SignedPermits.verificationCodeOf;
import static org.ecites.signing.SignedPermits.verify;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.ecites.events.ImportCleared;
import org.ecites.events.PermitCancelled;
import org.ecites.events.PermitDocument;
import org.ecites.seal.Base45;
import org.ecites.seal.Crypto;
import org.ecites.seal.SealCodec;
import org.ecites.seal.SealSummary;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class VerificationTest {

    @Test
    void aScannedSealHoldsAndTheImporterSeesWhatLeftWhereAndWhen() {
        PermitDocument permit = signedExport("CH", "NO");
        String seal = sealOf(permit);

        verify(seal).statusCode(200)
                .body("valid", equalTo(true))
                .body("code", equalTo("VALID"))
                .body("signingParty", equalTo("CH"))
                .body("permit.permitNumber", equalTo(permit.permitNumber()))
                .body("permit.importerParty", equalTo("NO"))
                .body("permit.lineItems[1].quantity", equalTo(10))
                .body("checks.signatureValid", equalTo(true))
                .body("checks.trustListFresh", equalTo(true))
                .body("checks.keyValidAtSigning", equalTo(true))
                .body("status.state", equalTo("VALID"));

        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.endorsed(permit, "A", "2"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("seal", seal)
                .get("/api/v1/verifications").then().statusCode(200)
                .body("status.state", equalTo("USED"))
                .body("status.endorsements", hasSize(1))
                .body("status.endorsements[0].itemId", equalTo("A"))
                .body("status.endorsements[0].quantity", equalTo(2))
                .body("status.endorsements[0].port", equalTo("CHGVA")));

        ImportCleared cleared = new ImportCleared(permit, UUID.randomUUID(), LocalDate.now(ZoneOffset.UTC), "NOOSL",
                "no-customs", List.of(new ImportCleared.ClearedQuantity("A", new BigDecimal("2"))), List.of());
        KafkaProbe.publish(UUID.randomUUID(), "NO", cleared);
        KafkaProbe.publish(UUID.randomUUID(), "NO", cleared);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().queryParam("seal", seal)
                .get("/api/v1/verifications").then().statusCode(200)
                .body("status.clearances", hasSize(1))
                .body("status.clearances[0].quantity", equalTo(2.0f))
                .body("status.clearances[0].port", equalTo("NOOSL")));
    }

    @Test
    void verifiersSeeThatTheIssuingPartyCancelledAPermit() {
        PermitDocument permit = signedExport("NO", "CH");

        KafkaProbe.publish(UUID.randomUUID(), "NO", new PermitCancelled(permit, "issued in error", "no-officer",
                Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> verify(sealOf(permit))
                .body("valid", equalTo(true)).body("status.state", equalTo("CANCELLED")));
        given().get("/api/v1/verifications/" + permit.permitNumber() + "?issuer=NO&code="
                + verificationCodeOf(permit)).then().statusCode(200).body("status.state", equalTo("CANCELLED"));
    }

    @Test
    void aLookupByNumberNeedsTheVerificationCodePrintedOnThePermit() {
        PermitDocument permit = signedExport("CH", "NO");
        String code = verificationCodeOf(permit);
        String lookup = "/api/v1/verifications/" + permit.permitNumber() + "?issuer=CH&code=";

        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
        given().get(lookup + code.toLowerCase().replace("-", " ")).then().statusCode(200)
                .body("valid", equalTo(true)).body("permit.permitNumber", equalTo(permit.permitNumber()));
        String wrongCode = (code.charAt(0) == '0' ? "1" : "0") + code.substring(1);
        String unknownAnswer = given().get("/api/v1/verifications/CH99-999999?issuer=CH&code=" + code)
                .then().statusCode(404).extract().path("title");
        given().get(lookup + wrongCode).then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo(unknownAnswer));
        given().get("/api/v1/verifications/" + permit.permitNumber() + "?issuer=CH").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void aSealWhoseContentWasAlteredHasABadSignature() {
        PermitDocument permit = signedExport("CH", "NO");
        SealCodec.Seal seal = SealCodec.decode(sealOf(permit));
        SealSummary more = new SealSummary(seal.summary().version(), seal.summary().permitNumber(),
                seal.summary().documentType(), "CH", "NO", seal.summary().validFrom(), seal.summary().validUntil(),
                seal.summary().signedAt(), seal.summary().lineItems().subList(0, 1));
        String forged = SealCodec.encode(more, seal.keyId(), Crypto.newKeyPair().getPrivate());

        verify(forged).statusCode(200).body("valid", equalTo(false)).body("code", equalTo("BAD_SIGNATURE"))
                .body("status", nullValue());
    }

    @Test
    void aSealSignedByAKeyNobodyListedNamesTheUnknownKey() {
        SealSummary summary = SealCodec.decode(sealOf(signedExport("CH", "NO"))).summary();

        verify(SealCodec.encode(summary, "AAAAAAAAAAA", Crypto.newKeyPair().getPrivate()))
                .statusCode(200).body("code", equalTo("UNKNOWN_KEY")).body("checks.keyKnown", equalTo(false));
    }

    @Test
    void anythingElseIsMalformedAndNeverAServerError() {
        Random random = new Random(7);
        for (int i = 0; i < 60; i++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            String text = i % 2 == 0 ? SealCodec.PREFIX + Base45.encode(bytes) : new String(bytes);
            if (text.indexOf('\0') >= 0) {
                verify(text).statusCode(400).body("errors[0].field", equalTo("seal"));
            } else {
                verify(text.isBlank() ? "x" : text).statusCode(200).body("valid", equalTo(false))
                        .body("code", equalTo("MALFORMED"));
            }
        }
        verify("CITES1:" + "A".repeat(20_000)).statusCode(200).body("code", equalTo("MALFORMED"));
    }

    @Test
    void aRequestWithoutSealIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/verifications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("seal"));
        given().contentType(ContentType.JSON).body("{\"seal\": [").post("/api/v1/verifications")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/verifications/XX99-000000?issuer=XX&code=00000-00000").then().statusCode(404)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/v1/verifications/CH26%00-000001?issuer=CH&code=00000-00000")
                .then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("permitNumber"));
        assertThat(given().get("/api/v1/verifications").statusCode()).isEqualTo(400);
    }

    @Test
    void anAddressThatAsksTooOftenIsToldToWaitWhileOthersGoOn() {
        Response refused = null;
        for (int i = 0; i < 2_000 && refused == null; i++) {
            Response response = given().header("X-Forwarded-For", "127.0.0.77").get("/api/v1/trust-list/anchor");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(refused).as("no 429 after 2,000 quick requests").isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        given().header("X-Forwarded-For", "127.0.0.78").get("/api/v1/trust-list/anchor").then().statusCode(200);
    }
}
