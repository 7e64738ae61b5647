package org.ecites.exchange.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Each step of a delivery: made, attempted, failed with the reason, delivered, acknowledged, retried. */
@Entity
@Table(name = "delivery_history")
public class DeliveryHistory extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Column(name = "sender_party")
    public String senderParty;
    @Column(name = "recipient_party")
    public String recipientParty;
    public Instant at;
    public String status;
    public String detail;

    public static void record(Delivery delivery, Instant at, String status, String detail) {
        DeliveryHistory step = new DeliveryHistory();
        step.id = UUID.randomUUID();
        step.deliveryId = delivery.id;
        step.senderParty = delivery.senderParty;
        step.recipientParty = delivery.recipientParty;
        step.at = at;
        step.status = status;
        step.detail = detail;
        step.persist();
    }

    public static List<DeliveryHistory> of(UUID deliveryId) {
        return list("deliveryId = ?1 order by at, status", deliveryId);
    }
}
