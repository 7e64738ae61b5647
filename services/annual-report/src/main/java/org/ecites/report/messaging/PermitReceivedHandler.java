package org.ecites.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.ecites.events.EventType;
import org.ecites.events.PermitReceived;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.report.repository.PointOfView;
import org.ecites.report.repository.TradeLines;

/** A partner system's document is permit-based trade in the importing Party's report; its exporter is not hosted. */
@ApplicationScoped
public class PermitReceivedHandler implements EventHandler<PermitReceived> {

    private final TradeLines lines;

    PermitReceivedHandler(TradeLines lines) {
        this.lines = lines;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_RECEIVED;
    }

    @Override
    public void handle(ReceivedEvent<PermitReceived> event) {
        PermitReceived payload = event.payload();
        if (payload.partner() != null && payload.permit() != null) {
            lines.ensure(payload.permit(), PointOfView.IMPORTER);
        }
    }
}
