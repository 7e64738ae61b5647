package org.ecites.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.ecites.events.EventType;
import org.ecites.events.MalformedEventException;
import org.ecites.events.EventPayload;
import org.ecites.platform.config.MessagingConfig;
import org.ecites.platform.rest.LogContext;
import org.ecites.platform.tenancy.PartyScope;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

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
        EventType type = CloudEventHeaders.type(headers).orElse(null);
        if (type == null) {
            return; // a type of a later contract version; its producer also publishes what we read
        }
        ReceivedEvent<EventPayload> event = CloudEventHeaders.decode(type, topic, headers, payload);
        EventHandler<?> handler = handlers.get(type);
        if (handler != null) {
            // the JSON log lines of its handling name the Party and the document (the trace id is there already)
            MDC.put(LogContext.PARTY, event.tenant());
            MDC.put(LogContext.DOCUMENT, String.valueOf(CloudEventHeaders.text(headers, "ce_subject")));
            try {
                applyWithRetries(handler, event);
            } finally {
                MDC.remove(LogContext.PARTY);
                MDC.remove(LogContext.DOCUMENT);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void applyWithRetries(EventHandler handler, ReceivedEvent<EventPayload> event) {
        String type = handler.handles().cloudEventType();
        for (int attempt = 1; ; attempt++) {
            try {
                PartyScope.inTransaction(event.tenant(), () -> {
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
                            + " times: " + e, e);
                }
                registry.counter("ecites.events.retries", "type", type).increment();
                Duration pause = backoff(attempt);
                LOG.warnf("event %s failed (attempt %d of %d), retrying in %s: %s", event.id(), attempt,
                        config.maxAttempts(), pause, e);
                sleep(pause);
            }
        }
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
