package org.ecites.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecites.events.EventTopics;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitExpired;
import org.ecites.platform.outbox.Outbox;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** The relay publishes what committed, one permit's events in the order they were written. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OutboxOrderTest {

    @Inject
    Outbox outbox;

    @Test
    void onePermitsEventsArriveInTheOrderTheyCommitted() {
        PermitDocument first = PermitDocuments.export("CH", "NO");
        PermitDocument second = PermitDocuments.export("NO", "CH");
        List<UUID> firstIds = new ArrayList<>();
        List<UUID> secondIds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(i);
            firstIds.add(QuarkusTransaction.requiringNew().call(() -> outbox.record(new PermitExpired(first, day), "CH")));
            secondIds.add(QuarkusTransaction.requiringNew().call(() -> outbox.record(new PermitExpired(second, day),
                    "NO")));
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                outbox.record(new PermitExpired(first, LocalDate.of(2027, 1, 1)), "CH");
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the event of a rolled-back change must never be published
        }

        String topic = EventTopics.eventsOf(EventTopics.PERMIT_REGISTRY);
        var records = KafkaProbe.collect(topic, r -> r.key().equals(first.permitId().toString())
                || r.key().equals(second.permitId().toString()), Duration.ofSeconds(30), Duration.ofSeconds(3));
        List<UUID> published = records.stream().map(r -> UUID.fromString(KafkaProbe.header(r, "ce_id"))).toList();
        assertThat(published.stream().filter(firstIds::contains).toList()).containsExactlyElementsOf(firstIds);
        assertThat(published.stream().filter(secondIds::contains).toList()).containsExactlyElementsOf(secondIds);
        assertThat(published).hasSize(80);
    }
}
