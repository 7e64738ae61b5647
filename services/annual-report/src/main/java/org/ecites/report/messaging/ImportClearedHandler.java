package org.ecites.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.ecites.events.EventType;
import org.ecites.events.ImportCleared;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.report.repository.PointOfView;
import org.ecites.report.repository.TradeLines;

/** The clearance on arrival: the importing Party's lines become actual trade, in the year the goods arrived. */
@ApplicationScoped
public class ImportClearedHandler implements EventHandler<ImportCleared> {

    private final TradeLines lines;

    ImportClearedHandler(TradeLines lines) {
        this.lines = lines;
    }

    @Override
    public EventType handles() {
        return EventType.IMPORT_CLEARED;
    }

    @Override
    public void handle(ReceivedEvent<ImportCleared> event) {
        ImportCleared payload = event.payload();
        lines.ensure(payload.permit(), PointOfView.IMPORTER);
        lines.crossed(payload.permit(), PointOfView.IMPORTER, payload.arrivedOn(), payload.quantities().stream()
                .collect(Collectors.toMap(ImportCleared.ClearedQuantity::itemId, ImportCleared.ClearedQuantity::quantity)));
    }
}
