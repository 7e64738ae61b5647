package org.ecites.report.messaging;

import jakarta.inject.Singleton;
import org.ecites.events.EventType;
import org.ecites.events.PermitReplaced;
import org.ecites.report.repository.TradeLines;

@Singleton
public class PermitReplacedHandler extends UnusedDocumentHandler<PermitReplaced> {

    PermitReplacedHandler(TradeLines lines) {
        super(lines, EventType.PERMIT_REPLACED);
    }

    @Override
    String reason(PermitReplaced replaced) {
        return "replaced by " + replaced.replacementNumber();
    }
}
