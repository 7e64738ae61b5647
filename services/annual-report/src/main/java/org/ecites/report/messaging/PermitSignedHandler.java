package org.ecites.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.ecites.events.EventType;
import org.ecites.events.PermitSigned;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.report.repository.PointOfView;
import org.ecites.report.repository.TradeLines;

/** A signed document is permit-based trade in both Parties' reports until customs see it cross. */
@ApplicationScoped
public class PermitSignedHandler implements EventHandler<PermitSigned> {

    private final TradeLines lines;

    PermitSignedHandler(TradeLines lines) {
        this.lines = lines;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_SIGNED;
    }

    @Override
    public void handle(ReceivedEvent<PermitSigned> event) {
        PermitSigned payload = event.payload();
        lines.ensure(payload.permit(), PointOfView.EXPORTER, PointOfView.IMPORTER);
    }
}
