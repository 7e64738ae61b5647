package org.ecites.signing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitIssued;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.Tokens;

/** Permits issued through Kafka and signed by the running service, as an object mother. */
final class SignedPermits {

    private SignedPermits() {
    }

    /** A new export permit of {@code exporter}, once the service has signed it. */
    static PermitDocument signedExport(String exporter, String importer) {
        return signed(PermitDocuments.export(exporter, importer));
    }

    /** The document as the registry announces it, once signing has signed it. */
    static PermitDocument signed(PermitDocument permit) {
        KafkaProbe.publish(UUID.randomUUID(), permit.issuingParty(), new PermitIssued(permit));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.maOfficer(permit.issuingParty()))
                .get("/api/v1/signed-permits/" + permit.permitId()).statusCode() == 200);
        return permit;
    }

    static String sealOf(PermitDocument permit) {
        return given().auth().oauth2(Tokens.maOfficer(permit.issuingParty()))
                .get("/api/v1/signed-permits/" + permit.permitId())
                .then().statusCode(200).extract().path("seal");
    }

    static String verificationCodeOf(PermitDocument permit) {
        return given().auth().oauth2(Tokens.maOfficer(permit.issuingParty()))
                .get("/api/v1/signed-permits/" + permit.permitId())
                .then().statusCode(200).extract().path("verificationCode");
    }

    /** Verified as one batch from the client address given (the public limit counts per address). */
    static ValidatableResponse verifyAll(String address, List<String> seals) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON).body(Map.of("seals", seals))
                .post("/api/v1/verifications/batch").then();
    }

    static ValidatableResponse verify(String seal) {
        return given().contentType(ContentType.JSON).body(Map.of("seal", seal))
                .post("/api/v1/verifications").then();
    }
}
