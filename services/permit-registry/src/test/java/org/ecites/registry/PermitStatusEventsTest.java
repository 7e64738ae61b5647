package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.ecites.events.EventTopics;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitReceived;
import org.ecites.registry.repository.Permit;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PermitStatusEventsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRedeliveredSignedEventIsAppliedOnce() {
        PermitDocument permit = issue();
        UUID eventId = UUID.randomUUID();

        KafkaProbe.publish(eventId, "CH", PermitDocuments.signed(permit));
        KafkaProbe.publish(eventId, "CH", PermitDocuments.signed(permit));

        await().atMost(Duration.ofSeconds(30)).until(() -> status(permit).equals("SIGNED"));
        await().atMost(Duration.ofSeconds(10)).until(() -> processedCount(eventId) == 1);
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.endorsed(permit, "A", "2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(permit).equals("USED"));
        assertThat(processedCount(eventId)).isEqualTo(1);
    }

    @Test
    void aSignatureReportedAfterTheDeliveryThatOvertookItStillEntersTheTrail() {
        PermitDocument permit = issue();

        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitReceived.fromHostedParty(permit, UUID.randomUUID(),
                java.time.Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(permit).equals("SENT"));
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.maOfficer("CH"))
                .get("/api/v1/permits/" + permit.permitNumber() + "/audit").then()
                .body("entries.action", org.hamcrest.Matchers.contains("ISSUED", "SENT", "SIGNED"))
                .body("chainValid", org.hamcrest.Matchers.equalTo(true)));
        assertThat(status(permit)).isEqualTo("SENT");
    }

    @Test
    void anEventThatCanNeverBeAppliedGoesToTheDeadLetterTopicWithItsReason() {
        String key = UUID.randomUUID().toString();
        KafkaProbe.publishAs(EventTopics.SIGNING, EventType.PERMIT_SIGNED.topic(), key,
                KafkaProbe.headers(UUID.randomUUID(), EventType.PERMIT_SIGNED, "CH26-999999", "CH"),
                "{\"permit\": \"not a permit\"}");

        var dead = KafkaProbe.await(EventTopics.deadLettersOf(EventTopics.PERMIT_REGISTRY), r -> key.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(KafkaProbe.header(dead, "dead-letter-reason")).contains("not a valid PermitSigned");
    }

    private static PermitDocument issue() {
        String number = given().auth().oauth2(Tokens.maOfficer("CH"))
                .contentType(ContentType.JSON).body(PermitRequests.crocodileExport("NO"))
                .post("/api/v1/permits").then().statusCode(201).extract().path("permitNumber");
        return PartyScope.inTransaction("CH", () -> Permit.findByNumber("CH", number).orElseThrow().toDocument());
    }

    private static String status(PermitDocument permit) {
        return given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/permits/" + permit.permitNumber())
                .then().statusCode(200).extract().path("status");
    }

    private long processedCount(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
