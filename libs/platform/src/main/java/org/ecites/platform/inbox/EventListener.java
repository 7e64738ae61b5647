package org.ecites.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads every events topic, a poll at a time ({@link EventBatches}). What cannot be applied (malformed, from the
 * wrong topic, or still failing after the bounded retries) is nacked on its own, which the channel's
 * dead-letter-queue strategy turns into a record on this service's dead-letter topic with the reason;
 * {@link DeadLetterReplay} takes it back. The batch is acknowledged once its dead letters are written.
 */
@ApplicationScoped
public class EventListener {

    private static final Logger LOG = Logger.getLogger(EventListener.class);

    private final EventBatches batches;
    private final MeterRegistry registry;

    EventListener(EventBatches batches, MeterRegistry registry) {
        this.batches = batches;
        this.registry = registry;
    }

    @Incoming("events-in")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        CompletableFuture<?>[] deadLetters = batches.dispatch(records).entrySet().stream().map(failure -> {
            registry.counter("ecites.events.dead-lettered").increment();
            LOG.errorf(failure.getValue(), "event sent to the dead-letter topic: %s", failure.getValue().getMessage());
            return records.get(failure.getKey()).nack(failure.getValue()).toCompletableFuture();
        }).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deadLetters).thenCompose(written -> batch.ack());
    }
}
