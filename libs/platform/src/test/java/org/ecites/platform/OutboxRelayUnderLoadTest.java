package org.ecites.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.ecites.events.EventTopics;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitExpired;
import org.ecites.platform.outbox.Outbox;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

/**
 * Many small commits make many relay passes, each acknowledged by the producer's own thread while the pass's
 * transaction commits. A pass must never lose that race: a failed pass re-sends its batch (a duplicate on the
 * topic) and leaves its events waiting for the schedule.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OutboxRelayUnderLoadTest {

    private static final int EVENTS = 1_500;

    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry meters;
    @Inject
    EntityManager entityManager;

    @Test
    void everyEventOfManyConcurrentCommitsIsPublishedOnceAndNoPassFails() throws InterruptedException {
        double failedPassesBefore = failedPasses();
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        Set<UUID> recorded = ConcurrentHashMap.newKeySet();
        try (ExecutorService writers = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, EVENTS).forEach(i -> writers.execute(() -> recorded.add(QuarkusTransaction
                    .requiringNew().call(() -> outbox.record(new PermitExpired(permit, LocalDate.of(2026, 1, 1)
                            .plusDays(i)), "CH")))));
            writers.shutdown();
            assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);

        var published = KafkaProbe.collect(EventTopics.eventsOf(EventTopics.PERMIT_REGISTRY),
                r -> r.key().equals(permit.permitId().toString()), Duration.ofSeconds(60), Duration.ofSeconds(5));
        var ids = published.stream().map(r -> UUID.fromString(KafkaProbe.header(r, "ce_id"))).toList();
        assertThat(Set.copyOf(ids)).isEqualTo(recorded);
        assertThat(ids).as("each event on the topic once").hasSize(EVENTS);
        assertThat(failedPasses() - failedPassesBefore).isZero();
    }

    private long unpublished() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where published_at is null").getSingleResult()).longValue());
    }

    private double failedPasses() {
        var counter = meters.find("ecites.outbox.relay.failed.passes").counter();
        return counter == null ? 0 : counter.count();
    }
}
