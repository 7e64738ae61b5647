package org.ecites.report.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitEndorsed;
import org.ecites.platform.inbox.PermitEventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.report.service.TradeRecords;

@ApplicationScoped
public class PermitEndorsedHandler implements PermitEventHandler<PermitEndorsed> {

    private final TradeRecords tradeRecords;

    PermitEndorsedHandler(TradeRecords tradeRecords) {
        this.tradeRecords = tradeRecords;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_ENDORSED;
    }

    @Override
    public void handle(ReceivedEvent<PermitEndorsed> event) {
        tradeRecords.record(event.payload());
    }
}
