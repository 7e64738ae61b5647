package org.ecites.exchange.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryHistory;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.DeliveryRoute;
import org.ecites.exchange.repository.DeliveryStatus;

/**
 * A delivery as the sending Management Authority follows it.
 *
 * @param acknowledgement ACCEPTED or REJECTED by the receiving Management Authority, with its reason
 * @param history every step, oldest first; only in the answer about one delivery
 */
public record DeliveryView(UUID id, String permitNumber, String recipientParty, DeliveryMessage message,
        DeliveryRoute route, DeliveryStatus status, String reason, int attempts, Instant createdAt,
        Instant deliveredAt, String acknowledgement, String acknowledgementReason, List<Step> history) {

    public record Step(Instant at, String status, String detail) {
    }

    static DeliveryView of(Delivery delivery) {
        return of(delivery, List.of());
    }

    static DeliveryView of(Delivery delivery, List<DeliveryHistory> history) {
        return new DeliveryView(delivery.id, delivery.permitNumber, delivery.recipientParty, delivery.message,
                delivery.route, delivery.status, delivery.reason, delivery.attempts, delivery.createdAt,
                delivery.deliveredAt, delivery.acknowledgement, delivery.acknowledgementReason,
                history.stream().map(step -> new Step(step.at, step.status, step.detail)).toList());
    }
}
