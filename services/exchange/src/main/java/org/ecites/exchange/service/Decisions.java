package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryHistory;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.ReceivedPermit;
import org.ecites.platform.problem.ProblemException;

/**
 * The receiving Management Authority accepts or rejects a received document, once. The sender learns it:
 * a hosted Party on its delivery, a partner system by an acknowledgement (negative for a rejection).
 */
@ApplicationScoped
public class Decisions {

    private final Deliveries deliveries;
    private final Clock clock;

    Decisions(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Transactional
    public ReceivedPermit decide(UUID entryId, String party, String decision, String reason, String officer) {
        ReceivedPermit received = ReceivedPermit.<ReceivedPermit>findByIdOptional(entryId)
                .filter(entry -> entry.recipientParty.equals(party))
                .orElseThrow(() -> ProblemException.notFound("no document " + entryId + " in your Party's inbox"));
        if ("REJECTED".equals(decision) && (reason == null || reason.isBlank())) {
            throw ProblemException.invalidField("reason", "a rejection says why, for the issuing Party");
        }
        if (ReceivedPermit.count("permitId = ?1 and decision is not null", received.permitId) > 0) {
            throw ProblemException.conflict("your Party decided on document " + received.permitNumber + " already");
        }
        received.decision = decision;
        received.decisionReason = reason;
        received.decidedBy = officer;
        received.decidedAt = clock.instant();
        if (received.partnerId == null) {
            acknowledgeOnTheSendersDelivery(received);
        } else {
            deliveries.send(received.permitId, received.permitNumber, received.recipientParty, received.senderParty,
                    DeliveryMessage.ACKNOWLEDGEMENT, EventJson.encode(new DocumentNotice(DeliveryMessage.ACKNOWLEDGEMENT,
                            received.permitNumber, received.senderParty, decision + (reason == null ? "" : ": " + reason),
                            null, received.decidedAt)));
        }
        return received;
    }

    private void acknowledgeOnTheSendersDelivery(ReceivedPermit received) {
        DeliveryMessage message = ReceivedPermit.FINAL.equals(received.version)
                ? DeliveryMessage.FINAL_CERTIFICATE : DeliveryMessage.PERMIT;
        Delivery.of(received.permitId, message).ifPresent(delivery -> {
            delivery.acknowledgement = received.decision;
            delivery.acknowledgementReason = received.decisionReason;
            DeliveryHistory.record(delivery, received.decidedAt, received.decision, received.decisionReason);
        });
    }
}
