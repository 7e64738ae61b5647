package org.ecites.report.messaging;

import jakarta.inject.Singleton;
import org.ecites.events.EventType;
import org.ecites.events.PermitCancelled;
import org.ecites.report.repository.TradeLines;

@Singleton
public class PermitCancelledHandler extends UnusedDocumentHandler<PermitCancelled> {

    PermitCancelledHandler(TradeLines lines) {
        super(lines, EventType.PERMIT_CANCELLED);
    }

    @Override
    String reason(PermitCancelled cancelled) {
        return "cancelled by the issuing Party: " + cancelled.reason();
    }
}
