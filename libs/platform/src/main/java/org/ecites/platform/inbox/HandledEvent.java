package org.ecites.platform.inbox;

import org.ecites.events.EventPayload;
import org.jboss.logging.MDC;
import org.ecites.platform.rest.LogContext;

/** An event decoded for the handler of its type; applied inside the transaction that records its id. */
record HandledEvent(EventHandler<EventPayload> handler, ReceivedEvent<EventPayload> event, String document) {

    String type() {
        return handler.handles().cloudEventType();
    }

    String tenant() {
        return event.tenant();
    }

    /**
     * Applies the event unless its id was recorded before (a repeat); the caller's transaction acts for the
     * event's Party. The log lines of its handling name the Party and the document (the trace id is there already).
     */
    void applyOnce(ProcessedEvents processedEvents) {
        MDC.put(LogContext.PARTY, event.tenant());
        MDC.put(LogContext.DOCUMENT, String.valueOf(document));
        try {
            if (processedEvents.recordFirstDelivery(event.id(), type())) {
                handler.handle(event);
            }
        } finally {
            MDC.remove(LogContext.PARTY);
            MDC.remove(LogContext.DOCUMENT);
        }
    }
}
