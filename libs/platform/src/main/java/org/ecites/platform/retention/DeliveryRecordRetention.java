package org.ecites.platform.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.ecites.platform.config.RetentionConfig;
import org.jboss.logging.Logger;

/**
 * Deletes the outbox rows published longer ago than their retention and the ids of events applied longer ago
 * than theirs; unpublished rows are never deleted. Each batch is its own short transaction and takes rows no
 * other replica is deleting (skip locked), so replicas share the work instead of waiting for each other.
 */
@ApplicationScoped
public class DeliveryRecordRetention {

    private static final Logger LOG = Logger.getLogger(DeliveryRecordRetention.class);

    private final EntityManager entityManager;
    private final RetentionConfig config;
    private final MeterRegistry registry;

    DeliveryRecordRetention(EntityManager entityManager, RetentionConfig config, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.config = config;
        this.registry = registry;
    }

    /** The rows deleted from each table. */
    public record Deleted(long publishedEvents, long processedEvents) {
    }

    /** Not at start: a starting service, and every replica of a rollout, would scan both tables at once. */
    @Scheduled(every = "${ecites.retention.interval}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        Deleted deleted = deleteExpired();
        if (deleted.publishedEvents() + deleted.processedEvents() > 0) {
            LOG.infof("deleted %d published outbox rows and %d processed-event ids past their retention",
                    deleted.publishedEvents(), deleted.processedEvents());
        }
    }

    public Deleted deleteExpired() {
        return new Deleted(
                deleteInBatches("outbox_event", "id", "published_at", config.publishedEvents()),
                deleteInBatches("processed_event", "event_id", "processed_at", config.processedEvents()));
    }

    /** The cut-off is the database's clock, the one the rows' times were written by. */
    private long deleteInBatches(String table, String key, String time, Duration retention) {
        String statement = "delete from %1$s where %2$s in (select %2$s from %1$s where %3$s < now() - :seconds * "
                + "interval '1 second' limit :batch for update skip locked)";
        String sql = statement.formatted(table, key, time);
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql)
                    .setParameter("seconds", retention.toSeconds())
                    .setParameter("batch", config.batchSize())
                    .executeUpdate());
            total += deleted;
        } while (deleted == config.batchSize());
        registry.counter("ecites.retention.deleted", "table", table).increment(total);
        return total;
    }
}
