package org.ecites.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.context.SmallRyeThreadContext;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.ecites.events.EventType;
import org.ecites.platform.config.MessagingConfig;
import org.eclipse.microprofile.context.ThreadContext;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in the order they were written. One relay per service
 * works at a time (a transaction-scoped advisory lock), which keeps the order across replicas.
 * A pass hands its whole batch to the producer before it waits for the acknowledgements (one round trip
 * for the batch, not one per event), then marks the acknowledged prefix published in one statement. A row
 * that Kafka does not acknowledge stays unpublished, with its attempts and error visible; rows after it are
 * sent again next pass, which consumers, idempotent by event id, apply once. {@link RelayTrigger} decides
 * when passes run.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x0ec17e5L;
    /**
     * A busy service makes a pass for nearly every transaction that wrote an event; counting the backlog after
     * each (a query and a round trip more per pass) is kept to once a second, which the gauges' scrapes never
     * tell apart.
     */
    private static final long MEASURE_EVERY = TimeUnit.SECONDS.toNanos(1);
    /**
     * The producer's network thread acknowledges the sends. Were the pass's transaction propagated to that
     * thread with the acknowledgement, the transaction could still be active there when the pass commits, and
     * the commit fail (quarkusio/quarkus#39098): the batch would be sent again and wait for the schedule.
     */
    private final SmallRyeThreadContext withoutContext = SmallRyeThreadContext.builder()
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final MessagingConfig config;
    private final MeterRegistry registry;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAge = new AtomicLong();
    /** Passes never overlap within the service (RelayTrigger), so a plain field is enough. */
    private long measuredAt = System.nanoTime() - MEASURE_EVERY;

    OutboxRelay(@Channel("events-out") MutinyEmitter<String> emitter, EntityManager entityManager,
            MessagingConfig config, MeterRegistry registry) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.config = config;
        this.registry = registry;
        this.failures = registry.counter("ecites.outbox.publish.failures");
        registry.gauge("ecites.outbox.pending", pending);
        registry.gauge("ecites.outbox.oldest.pending.age.seconds", oldestPendingAge);
    }

    /** One pass; true when it published a full batch, so that more may be waiting. */
    boolean pass() {
        // Kafka not connected yet, or pushing back: publish next pass, but keep the backlog's gauges true
        return QuarkusTransaction.requiringNew().call(() -> emitter.hasRequests() ? publishBatch() : measureBacklog());
    }

    private boolean publishBatch() {
        Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", RELAY_LOCK).getSingleResult();
        if (!locked) {
            return false;
        }
        List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null order by seq")
                .page(0, config.relayBatchSize()).list();
        List<CompletableFuture<Void>> acknowledgements = SmallRyeThreadContext.withThreadContext(withoutContext,
                () -> batch.stream().map(event -> emitter.sendMessage(toMessage(event)).subscribeAsCompletionStage())
                        .toList());
        int published = 0;
        while (published < batch.size() && acknowledged(batch.get(published), acknowledgements.get(published))) {
            published++;
        }
        markPublished(batch.subList(0, published));
        if (System.nanoTime() - measuredAt >= MEASURE_EVERY) {
            measureBacklog();
        }
        return published == config.relayBatchSize();
    }

    /**
     * One statement for the prefix, not an update of each row through its entity: that would write every column
     * again, the payload too, which PostgreSQL then stores (and logs) anew although it did not change. The ids
     * go as one array, so the statement's text, and its plan, are the same whatever the prefix's length.
     */
    private void markPublished(List<OutboxEvent> published) {
        if (!published.isEmpty()) {
            entityManager.createNativeQuery("update outbox_event set published_at = :at where id = any(:ids)")
                    .setParameter("at", Instant.now())
                    .setParameter("ids", published.stream().map(event -> event.id).toArray(UUID[]::new))
                    .executeUpdate();
        }
    }

    private boolean measureBacklog() {
        Object[] backlog = entityManager.createQuery(
                "select count(e), min(e.createdAt) from OutboxEvent e where e.publishedAt is null", Object[].class)
                .getSingleResult();
        measuredAt = System.nanoTime();
        pending.set(((Number) backlog[0]).longValue());
        oldestPendingAge.set(backlog[1] == null ? 0 : Duration.between((Instant) backlog[1], Instant.now()).toSeconds());
        return false;
    }

    private boolean acknowledged(OutboxEvent event, CompletableFuture<Void> acknowledgement) {
        try {
            acknowledgement.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            // the Party is a bounded tag: the suite's Parties, and '*' for suite-wide events
            registry.counter("ecites.outbox.published", "type", event.eventType, "party", event.tenant).increment();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            event.attempts++;
            event.lastError = String.valueOf(cause.getMessage());
            failures.increment();
            LOG.warnf("outbox event %s (%s) not published, attempt %d: %s", event.id, event.eventType,
                    event.attempts, cause.getMessage());
            return false;
        }
    }

    private static Message<String> toMessage(OutboxEvent event) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.id.toString())
                .withType(event.eventType)
                .withSubject(event.subject)
                .withTimestamp(event.createdAt.atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension(EventType.TENANT_EXTENSION, event.tenant)
                .build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.aggregateId.toString())
                .build();
        Message<String> message = Message.of(event.payload).addMetadata(cloudEvent).addMetadata(kafka);
        return event.traceParent == null ? message
                : message.addMetadata(TracingMetadata.withCurrent(TraceParents.context(event.traceParent)));
    }
}
