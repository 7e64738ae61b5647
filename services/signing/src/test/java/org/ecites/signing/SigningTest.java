package org.ecites.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PermitCancelled;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitIssued;
import org.ecites.events.PermitSigned;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class SigningTest {

    @Inject
    EntityManager entityManager;

    @Test
    void signsAnIssuedPermitOnceWithTheIssuingPartysKey() throws Exception {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        UUID eventId = UUID.randomUUID();
        KafkaProbe.publish(eventId, "CH", new PermitIssued(permit));
        KafkaProbe.publish(eventId, "CH", new PermitIssued(permit));
        KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitIssued(permit));

        var signedEvents = KafkaProbe.collect(EventType.PERMIT_TOPIC, r -> isSignedEventOf(r, permit),
                Duration.ofSeconds(30), Duration.ofSeconds(3));

        assertThat(signedEvents).hasSize(1);
        PermitSigned signed = EventJson.decode(signedEvents.get(0).value(), PermitSigned.class);
        assertThat(signed.permit()).isEqualTo(permit);
        Signature check = Signature.getInstance("SHA256withECDSA");
        check.initVerify(KeyFactory.getInstance("EC").generatePublic(
                new X509EncodedKeySpec(Base64.getDecoder().decode(signed.publicKey()))));
        check.update(EventJson.canonicalBytes(permit));
        assertThat(check.verify(Base64.getDecoder().decode(signed.signature()))).isTrue();
    }

    @Test
    void anyoneCanVerifyAPermitAndSeeWhenItWasUsed() {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitIssued(permit));
        await().atMost(Duration.ofSeconds(30)).until(() -> verification(permit.permitNumber()) == 200);

        given().when().get("/api/v1/verifications/" + permit.permitNumber())
                .then().statusCode(200)
                .body("signatureValid", equalTo(true))
                .body("issuerParty", equalTo("CH"))
                .body("importerParty", equalTo("NO"))
                .body("status", equalTo("VALID"));

        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.endorsed(permit, "A", "2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "USED".equals(given()
                .get("/api/v1/verifications/" + permit.permitNumber()).then().extract().path("status")));
    }

    @Test
    void verifiersSeeThatTheIssuingPartyCancelledAPermit() {
        PermitDocument permit = PermitDocuments.export("NO", "CH");
        KafkaProbe.publish(UUID.randomUUID(), "NO", new PermitIssued(permit));
        await().atMost(Duration.ofSeconds(30)).until(() -> verification(permit.permitNumber()) == 200);

        KafkaProbe.publish(UUID.randomUUID(), "NO", new PermitCancelled(permit, "issued in error", "no-officer",
                java.time.Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> "CANCELLED".equals(given()
                .get("/api/v1/verifications/" + permit.permitNumber()).then().extract().path("status")));
    }

    @Test
    void aDocumentAlteredAfterSigningFailsVerification() {
        PermitDocument permit = PermitDocuments.export("NO", "CH");
        KafkaProbe.publish(UUID.randomUUID(), "NO", new PermitIssued(permit));
        await().atMost(Duration.ofSeconds(30)).until(() -> verification(permit.permitNumber()) == 200);

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update signed_permit set document = replace(document, '\"quantity\":2', '\"quantity\":20') "
                        + "where permit_id = :id").setParameter("id", permit.permitId()).executeUpdate());

        given().when().get("/api/v1/verifications/" + permit.permitNumber())
                .then().statusCode(200).body("signatureValid", equalTo(false));
    }

    @Test
    void anUnknownPermitIsAProblemNotAnError() {
        given().when().get("/api/v1/verifications/XX99-000000")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static int verification(String permitNumber) {
        return given().get("/api/v1/verifications/" + permitNumber).statusCode();
    }

    private static boolean isSignedEventOf(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record,
            PermitDocument permit) {
        return EventType.PERMIT_SIGNED.cloudEventType().equals(KafkaProbe.header(record, "ce_type"))
                && permit.permitNumber().equals(KafkaProbe.header(record, "ce_subject"));
    }
}
