package org.ecites.exchange.rest;

import java.time.Instant;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryStatus;

public record DeliveryView(String permitNumber, String recipientParty, DeliveryStatus status, String reason,
        Instant createdAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.permitNumber, delivery.recipientParty, delivery.status, delivery.reason,
                delivery.createdAt);
    }
}
