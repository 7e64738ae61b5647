package org.ecites.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecites.events.EventJson;
import org.ecites.events.EventTopics;
import org.ecites.events.EventType;
import org.ecites.events.PermitCancelled;
import org.ecites.events.PermitDocument;
import org.ecites.platform.security.Roles;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The consumer side of the platform, with handlers that have no guard of their own. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ExactlyOnceTest {

    private static final String DEAD_LETTERS = EventTopics.deadLettersOf(EventTopics.PERMIT_REGISTRY);

    @Inject
    EntityManager entityManager;

    @Test
    void aRedeliveredEventIsAppliedOnceOnlyBecauseItsIdWasRecorded() {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        UUID eventId = UUID.randomUUID();

        KafkaProbe.publish(eventId, "CH", PermitDocuments.signed(permit));
        KafkaProbe.publish(eventId, "CH", PermitDocuments.signed(permit));
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));

        await().atMost(Duration.ofSeconds(30)).until(() -> Effects.of(entityManager, permit.permitId(),
                EventType.PERMIT_SIGNED) == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> Effects.of(entityManager,
                permit.permitId(), EventType.PERMIT_SIGNED) == 2);
        assertThat(Effects.processed(entityManager, eventId)).isEqualTo(1);
    }

    @Test
    void aHandlerThatFailsTwiceIsRetriedAndItsEffectKeptOnce() {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        TestHandlers.Endorsed.FAILURES_LEFT.put(permit.permitId(), new AtomicInteger(2));

        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.endorsed(permit, "A", "2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> Effects.of(entityManager, permit.permitId(),
                EventType.PERMIT_ENDORSED) == 1);
        assertThat(TestHandlers.Endorsed.ATTEMPTS.get(permit.permitId())).hasValue(3);
    }

    @Test
    void aTypeFromAnotherServicesTopicIsDeadLetteredAndNeverApplied() {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        String forged = EventJson.encode(PermitDocuments.signed(permit));

        KafkaProbe.publishAs(EventTopics.EXCHANGE, EventTopics.eventsOf(EventTopics.EXCHANGE),
                permit.permitId().toString(),
                KafkaProbe.headers(UUID.randomUUID(), EventType.PERMIT_SIGNED, permit.permitNumber(), "CH"), forged);

        var letter = KafkaProbe.await(DEAD_LETTERS, r -> permit.permitId().toString().equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(KafkaProbe.header(letter, "dead-letter-reason")).contains("only signing publishes it");
        assertThat(Effects.of(entityManager, permit.permitId(), EventType.PERMIT_SIGNED)).isZero();
    }

    @Test
    void aDeadLetterIsTakenBackOnceItsCauseIsFixed() {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        TestHandlers.Cancelled.BROKEN.set(true);
        KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitCancelled(permit, "issued in error", "ch-officer",
                Instant.now()));
        KafkaProbe.await(DEAD_LETTERS, r -> permit.permitId().toString().equals(r.key()), Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingDeadLetters() >= 1);

        given().auth().oauth2(Tokens.maOfficer("CH")).post("/api/v1/operations/dead-letters/replay")
                .then().statusCode(403);
        TestHandlers.Cancelled.BROKEN.set(false);
        Map<String, Object> report = given().auth().oauth2(Tokens.token("ops", "CH", Roles.PLATFORM_ADMIN))
                .post("/api/v1/operations/dead-letters/replay")
                .then().statusCode(200).body("replayed", greaterThanOrEqualTo(1)).extract().as(Map.class);

        assertThat(Effects.of(entityManager, permit.permitId(), EventType.PERMIT_CANCELLED)).isEqualTo(1);
        // letters that can never be applied (forgeries of the other tests) are kept, never dropped
        assertThat(((Number) report.get("remaining")).longValue())
                .isEqualTo(((Number) report.get("failedAgain")).longValue());
        assertThat(pendingDeadLetters()).isEqualTo(((Number) report.get("remaining")).doubleValue());
    }

    private static double pendingDeadLetters() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("ecites_events_dead_letters_pending"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
