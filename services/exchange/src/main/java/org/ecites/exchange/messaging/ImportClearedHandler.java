package org.ecites.exchange.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.ImportCleared;
import org.ecites.events.PermitDocument;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.HostedParty;
import org.ecites.exchange.repository.ReceivedPermit;
import org.ecites.exchange.service.ConfirmedQuantitiesNotice;
import org.ecites.exchange.service.Deliveries;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/**
 * Our importing Party's customs cleared a document (Art. VI.6): it is used in that Party's inbox, and when a
 * Party not hosted here issued it, the inspected quantities go back to that Party's system (EPIX
 * ConfirmQuantities); a hosted issuer reads them from customs itself.
 */
@ApplicationScoped
public class ImportClearedHandler implements EventHandler<ImportCleared> {

    private final Deliveries deliveries;

    ImportClearedHandler(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public EventType handles() {
        return EventType.IMPORT_CLEARED;
    }

    @Override
    public void handle(ReceivedEvent<ImportCleared> event) {
        ImportCleared cleared = event.payload();
        for (ReceivedPermit entry : ReceivedPermit.ofPermit(cleared.permitId())) {
            if (entry.clearanceId == null) {
                entry.clearanceId = cleared.clearanceId();
                entry.clearedOn = cleared.arrivedOn();
            }
        }
        PermitDocument permit = cleared.permit();
        if (!HostedParty.isHosted(permit.issuingParty())) {
            ConfirmedQuantitiesNotice notice = new ConfirmedQuantitiesNotice(permit.permitNumber(),
                    permit.issuingParty(), event.tenant(), cleared.arrivedOn(), cleared.port(),
                    cleared.quantities(), cleared.discrepancies());
            deliveries.send(permit.permitId(), permit.permitNumber(), event.tenant(), permit.issuingParty(),
                    DeliveryMessage.CONFIRMED_QUANTITIES, EventJson.encode(notice));
        }
    }
}
