package org.ecites.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.ecites.events.EventType;
import org.ecites.events.PermitEndorsed;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.report.repository.PointOfView;
import org.ecites.report.repository.TradeLines;

/** Box 14: the exporting Party's lines become actual trade, in the year the goods left. */
@ApplicationScoped
public class PermitEndorsedHandler implements EventHandler<PermitEndorsed> {

    private final TradeLines lines;

    PermitEndorsedHandler(TradeLines lines) {
        this.lines = lines;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_ENDORSED;
    }

    @Override
    public void handle(ReceivedEvent<PermitEndorsed> event) {
        PermitEndorsed payload = event.payload();
        lines.ensure(payload.permit(), PointOfView.EXPORTER, PointOfView.IMPORTER);
        lines.crossed(payload.permit(), PointOfView.EXPORTER, payload.endorsedOn(), payload.quantities().stream()
                .collect(Collectors.toMap(PermitEndorsed.EndorsedQuantity::itemId, PermitEndorsed.EndorsedQuantity::quantity)));
    }
}
