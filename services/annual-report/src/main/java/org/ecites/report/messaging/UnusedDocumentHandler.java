package org.ecites.report.messaging;

import org.ecites.events.DocumentEvent;
import org.ecites.events.EventType;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.report.repository.PointOfView;
import org.ecites.report.repository.TradeLines;

/** A document cancelled, replaced or expired before any use was no trade: both Parties' reports leave it out. */
abstract class UnusedDocumentHandler<T extends DocumentEvent> implements EventHandler<T> {

    private final TradeLines lines;
    private final EventType type;

    UnusedDocumentHandler(TradeLines lines, EventType type) {
        this.lines = lines;
        this.type = type;
    }

    abstract String reason(T event);

    @Override
    public EventType handles() {
        return type;
    }

    @Override
    public void handle(ReceivedEvent<T> event) {
        // The withdrawal may overtake the signature (other topic): the lines it excludes are made first.
        lines.ensure(event.payload().permit(), PointOfView.EXPORTER, PointOfView.IMPORTER);
        lines.excludeUnused(event.payload().permitId(), reason(event.payload()));
    }
}
