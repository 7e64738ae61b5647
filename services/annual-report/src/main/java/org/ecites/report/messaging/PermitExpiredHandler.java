package org.ecites.report.messaging;

import jakarta.inject.Singleton;
import org.ecites.events.EventType;
import org.ecites.events.PermitExpired;
import org.ecites.report.repository.TradeLines;

@Singleton
public class PermitExpiredHandler extends UnusedDocumentHandler<PermitExpired> {

    PermitExpiredHandler(TradeLines lines) {
        super(lines, EventType.PERMIT_EXPIRED);
    }

    @Override
    String reason(PermitExpired expired) {
        return "expired unused on " + expired.expiredOn();
    }
}
