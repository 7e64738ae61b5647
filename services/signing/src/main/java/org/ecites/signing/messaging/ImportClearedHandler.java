package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.ecites.events.EventType;
import org.ecites.events.ImportCleared;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.signing.repository.PermitClearance;
import org.ecites.signing.repository.SignedPermit;

/** Verifiers learn what arrived at the importing Party, beside what customs saw leave. */
@ApplicationScoped
public class ImportClearedHandler implements EventHandler<ImportCleared> {

    @Override
    public EventType handles() {
        return EventType.IMPORT_CLEARED;
    }

    @Override
    public void handle(ReceivedEvent<ImportCleared> event) {
        ImportCleared cleared = event.payload();
        if (SignedPermit.findById(cleared.permitId()) == null
                || PermitClearance.count("clearanceId", cleared.clearanceId()) > 0) {
            return;
        }
        for (ImportCleared.ClearedQuantity quantity : cleared.quantities()) {
            PermitClearance row = new PermitClearance();
            row.id = UUID.randomUUID();
            row.clearanceId = cleared.clearanceId();
            row.permitId = cleared.permitId();
            row.itemId = quantity.itemId();
            row.quantity = quantity.quantity();
            row.arrivedOn = cleared.arrivedOn();
            row.port = cleared.port();
            row.persist();
        }
    }
}
