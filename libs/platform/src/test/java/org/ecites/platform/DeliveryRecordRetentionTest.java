package org.ecites.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.ecites.platform.retention.DeliveryRecordRetention;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** Published outbox rows and applied event ids are deleted once past their retention, in batches; no other. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class DeliveryRecordRetentionTest {

    @Inject
    DeliveryRecordRetention retention;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Test
    void onlyRowsPastTheirRetentionAreDeletedAcrossSeveralBatches() {
        double deletedBefore = deletedFrom("outbox_event") + deletedFrom("processed_event");
        List<UUID> publishedLongAgo = IntStream.range(0, 5).mapToObj(i -> outboxRow("8 days")).toList();
        UUID publishedWithinRetention = outboxRow("6 days");
        List<UUID> appliedLongAgo = IntStream.range(0, 3).mapToObj(i -> processedEvent("46 days")).toList();
        UUID appliedWithinRetention = processedEvent("44 days");

        DeliveryRecordRetention.Deleted deleted = retention.deleteExpired();

        assertThat(deleted.publishedEvents()).isGreaterThanOrEqualTo(5);
        assertThat(deleted.processedEvents()).isGreaterThanOrEqualTo(3);
        assertThat(remaining("outbox_event", "id", publishedLongAgo)).isZero();
        assertThat(remaining("outbox_event", "id", List.of(publishedWithinRetention))).isOne();
        assertThat(remaining("processed_event", "event_id", appliedLongAgo)).isZero();
        assertThat(remaining("processed_event", "event_id", List.of(appliedWithinRetention))).isOne();
        assertThat(deletedFrom("outbox_event") + deletedFrom("processed_event") - deletedBefore)
                .isEqualTo(deleted.publishedEvents() + deleted.processedEvents());
    }

    @Test
    void anUnpublishedRowIsKeptHoweverOld() {
        UUID unpublished = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into outbox_event (id, event_type, aggregate_id, subject, tenant, payload, created_at)
                values (:id, 'org.ecites.test.unpublished', :id, 'retention', 'CH', '{}', now() - interval '90 days')
                """).setParameter("id", unpublished).executeUpdate());
        // the relay runs beside the test: it may publish the row now, which starts the row's retention now
        retention.deleteExpired();

        assertThat(remaining("outbox_event", "id", List.of(unpublished))).isOne();
    }

    private UUID outboxRow(String publishedAgo) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into outbox_event (id, event_type, aggregate_id, subject, tenant, payload, created_at,
                    published_at)
                values (:id, 'org.ecites.test.retained', :id, 'retention', 'CH', '{}', now() - cast(:ago as interval),
                    now() - cast(:ago as interval))
                """).setParameter("id", id).setParameter("ago", publishedAgo).executeUpdate());
        return id;
    }

    private UUID processedEvent(String appliedAgo) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into processed_event (event_id, event_type, processed_at)
                values (:id, 'org.ecites.test.retained', now() - cast(:ago as interval))
                """).setParameter("id", id).setParameter("ago", appliedAgo).executeUpdate());
        return id;
    }

    private long remaining(String table, String key, List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from %s where %s = any(:ids)".formatted(table, key))
                .setParameter("ids", ids.toArray(UUID[]::new)).getSingleResult()).longValue());
    }

    private double deletedFrom(String table) {
        var counter = registry.find("ecites.retention.deleted").tag("table", table).counter();
        return counter == null ? 0 : counter.count();
    }
}
