package org.ecites.exchange.rest;

import java.time.Instant;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryStatus;

public record DeliveryView(String permitNumber, String importerParty, DeliveryStatus status, String reason,
        Instant createdAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.permitNumber, delivery.importerParty, delivery.status, delivery.reason,
                delivery.createdAt);
    }
}
