package org.ecites.exchange.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.ecites.events.EventJson;
import org.ecites.events.PermitDocument;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.OutboundDocument;
import org.ecites.exchange.repository.OutboundState;
import org.ecites.exchange.service.Deliveries;
import org.ecites.exchange.service.DocumentNotice;

/** A cancellation or replacement follows the document to the other Party; EPIX callers no longer get it. */
@ApplicationScoped
public class WithdrawalNotices {

    private final Deliveries deliveries;
    private final Clock clock;

    WithdrawalNotices(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void send(PermitDocument permit, DeliveryMessage message, String reason, String replacementNumber, Instant at) {
        OutboundDocument.<OutboundDocument>findByIdOptional(permit.permitId()).ifPresent(document -> {
            document.status = message == DeliveryMessage.CANCELLATION ? OutboundState.CANCELLED : OutboundState.REPLACED;
            document.updatedAt = clock.instant();
        });
        deliveries.send(permit, message, EventJson.encode(new DocumentNotice(message, permit.permitNumber(),
                permit.issuingParty(), reason, replacementNumber, at)));
    }
}
