package org.ecites.customs.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.customs.service.ImportClearer;
import org.ecites.events.EventType;
import org.ecites.events.QuantitiesConfirmed;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/** A non-hosted importing Party's partner system confirmed what arrived: the document's import clearance. */
@ApplicationScoped
public class QuantitiesConfirmedHandler implements EventHandler<QuantitiesConfirmed> {

    private final ImportClearer clearer;

    QuantitiesConfirmedHandler(ImportClearer clearer) {
        this.clearer = clearer;
    }

    @Override
    public EventType handles() {
        return EventType.QUANTITIES_CONFIRMED;
    }

    @Override
    public void handle(ReceivedEvent<QuantitiesConfirmed> event) {
        clearer.clearAbroad(event.payload());
    }
}
