package org.ecites.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.ecites.events.MalformedEventException;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Reads every events topic. What cannot be applied (malformed, from the wrong topic, or still failing
 * after the bounded retries) is nacked, which the channel's dead-letter-queue strategy turns into a
 * record on this service's dead-letter topic with the reason; {@link DeadLetterReplay} takes it back.
 */
@ApplicationScoped
public class EventListener {

    private static final Logger LOG = Logger.getLogger(EventListener.class);

    private final EventDispatcher dispatcher;
    private final MeterRegistry registry;

    EventListener(EventDispatcher dispatcher, MeterRegistry registry) {
        this.dispatcher = dispatcher;
        this.registry = registry;
    }

    @Incoming("events-in")
    @Blocking
    public CompletionStage<Void> onMessage(Message<String> message) {
        try {
            IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .orElseThrow(() -> new MalformedEventException("not a Kafka record"));
            dispatcher.dispatch(record.getTopic(), record.getHeaders(), message.getPayload());
            return message.ack();
        } catch (RuntimeException e) {
            registry.counter("ecites.events.dead-lettered").increment();
            LOG.errorf(e, "event sent to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }
}
