package org.ecites.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.MalformedEventException;
import org.ecites.events.PermitEvent;
import org.ecites.platform.config.MessagingConfig;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Reads the permit topic and hands each event to the service's handler for its type, once.
 * Malformed events and events that still fail after the bounded retries are nacked, which the
 * channel's dead-letter-queue strategy turns into a record on the dead-letter topic with the reason.
 */
@ApplicationScoped
public class PermitEventListener {

    private static final Logger LOG = Logger.getLogger(PermitEventListener.class);

    private final Map<EventType, PermitEventHandler<?>> handlers = new EnumMap<>(EventType.class);
    private final ProcessedEvents processedEvents;
    private final MessagingConfig config;
    private final MeterRegistry registry;

    PermitEventListener(@Any Instance<PermitEventHandler<?>> handlers, ProcessedEvents processedEvents,
            MessagingConfig config, MeterRegistry registry) {
        handlers.forEach(handler -> this.handlers.put(handler.handles(), handler));
        this.processedEvents = processedEvents;
        this.config = config;
        this.registry = registry;
    }

    @Incoming("permit-events-in")
    @Blocking
    public CompletionStage<Void> onMessage(Message<String> message) {
        try {
            IncomingCloudEventMetadata<?> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                    .orElseThrow(() -> new MalformedEventException("not a CloudEvent"));
            EventType type = EventType.fromCloudEventType(cloudEvent.getType()).orElse(null);
            PermitEventHandler<?> handler = type == null ? null : handlers.get(type);
            if (handler != null) {
                applyWithRetries(handler, decode(type, cloudEvent, message.getPayload()));
            }
            return message.ack();
        } catch (RuntimeException e) {
            registry.counter("ecites.events.dead-lettered").increment();
            LOG.errorf("event sent to the dead-letter topic: %s", e.getMessage());
            return message.nack(e);
        }
    }

    private static ReceivedEvent<PermitEvent> decode(EventType type, IncomingCloudEventMetadata<?> cloudEvent,
            String payload) {
        if (payload == null) {
            throw new MalformedEventException("event " + cloudEvent.getId() + " has no data");
        }
        Object tenant = cloudEvent.getExtension(EventType.TENANT_EXTENSION).orElseThrow(
                () -> new MalformedEventException("event " + cloudEvent.getId() + " has no tenant"));
        Instant time = cloudEvent.getTimeStamp().map(t -> t.toInstant()).orElse(Instant.now());
        return new ReceivedEvent<>(parseId(cloudEvent.getId()), String.valueOf(cloudEvent.getSource()),
                tenant.toString(), time, EventJson.decode(payload, type.payloadType()));
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("event id '" + id + "' is not a UUID");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void applyWithRetries(PermitEventHandler handler, ReceivedEvent<PermitEvent> event) {
        String type = handler.handles().cloudEventType();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (processedEvents.recordFirstDelivery(event.id(), type)) {
                        handler.handle(event);
                    }
                });
                registry.counter("ecites.events.processed", "type", type).increment();
                return;
            } catch (MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts()) {
                    throw new IllegalStateException("event " + event.id() + " failed " + attempt
                            + " times: " + e.getMessage(), e);
                }
                registry.counter("ecites.events.retries", "type", type).increment();
                LOG.warnf("event %s failed (attempt %d), retrying: %s", event.id(), attempt, e.getMessage());
                pause(config.retryBackoff().toMillis() << (attempt - 1));
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
