package org.ecites.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.ecites.events.EventType;
import org.ecites.events.MalformedEventException;
import org.ecites.events.EventPayload;
import org.ecites.platform.config.MessagingConfig;
import org.ecites.platform.tenancy.PartyScope;
import org.jboss.logging.Logger;

/**
 * Hands an event to the service's handler for its type, once: the handler runs in the transaction that
 * records the event id in {@code processed_event}, under the Party the producing service named (the
 * {@code tenant} attribute), so row-level security holds for handlers as for requests. A failure that may
 * pass is retried with exponential back-off, long enough to outlast a database restart; a malformed event
 * is not retried.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class);

    private final Map<EventType, EventHandler<?>> handlers = new EnumMap<>(EventType.class);
    private final ProcessedEvents processedEvents;
    private final MessagingConfig config;
    private final MeterRegistry registry;

    EventDispatcher(@Any Instance<EventHandler<?>> handlers, ProcessedEvents processedEvents,
            MessagingConfig config, MeterRegistry registry) {
        handlers.forEach(handler -> {
            EventHandler<?> other = this.handlers.put(handler.handles(), handler);
            if (other != null) {
                throw new IllegalStateException("two handlers for " + handler.handles() + ": "
                        + other.getClass().getName() + " and " + handler.getClass().getName());
            }
        });
        this.processedEvents = processedEvents;
        this.config = config;
        this.registry = registry;
    }

    /**
     * @throws MalformedEventException when the event can never be applied
     * @throws IllegalStateException when it still fails after the last attempt
     */
    public void dispatch(String topic, Headers headers, String payload) {
        handled(topic, headers, payload).ifPresent(this::applyWithRetries);
    }

    /**
     * The event with the handler of its type; empty for a type this service does not handle, whose payload is
     * then not even read, or for a type of a later contract version (its producer also publishes what we read).
     *
     * @throws MalformedEventException when the event can never be applied
     */
    Optional<HandledEvent> handled(String topic, Headers headers, String payload) {
        EventType type = CloudEventHeaders.type(headers).orElse(null);
        if (type == null) {
            return Optional.empty();
        }
        CloudEventHeaders.requireOwnersTopic(type, topic, headers);
        @SuppressWarnings("unchecked")
        EventHandler<EventPayload> handler = (EventHandler<EventPayload>) handlers.get(type);
        if (handler == null) {
            return Optional.empty();
        }
        return Optional.of(new HandledEvent(handler, CloudEventHeaders.decode(type, headers, payload),
                CloudEventHeaders.text(headers, "ce_subject")));
    }

    /** Applies the event in a transaction of its own, retried with back-off while it fails for a reason that may pass. */
    void applyWithRetries(HandledEvent handled) {
        for (int attempt = 1; ; attempt++) {
            try {
                PartyScope.inTransaction(handled.tenant(), () -> handled.applyOnce(processedEvents));
                processed(handled);
                return;
            } catch (MalformedEventException e) {
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts()) {
                    throw new IllegalStateException("event " + handled.event().id() + " failed " + attempt
                            + " times: " + e, e);
                }
                registry.counter("ecites.events.retries", "type", handled.type()).increment();
                Duration pause = backoff(attempt);
                LOG.warnf("event %s failed (attempt %d of %d), retrying in %s: %s", handled.event().id(), attempt,
                        config.maxAttempts(), pause, e);
                sleep(pause);
            }
        }
    }

    void processed(HandledEvent handled) {
        registry.counter("ecites.events.processed", "type", handled.type()).increment();
    }

    private Duration backoff(int attempt) {
        Duration pause = config.retryBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return pause.compareTo(config.maxRetryBackoff()) > 0 ? config.maxRetryBackoff() : pause;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
