package org.ecites.exchange.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * One message about one document to the other Party of its trade, by one route. Updates write only the changed
 * columns: an attempt or an acknowledgement does not store the payload again.
 */
@DynamicUpdate
@Entity
@Table(name = "delivery")
public class Delivery extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "permit_id")
    public UUID permitId;
    @Column(name = "permit_number")
    public String permitNumber;
    @Column(name = "sender_party")
    public String senderParty;
    @Column(name = "recipient_party")
    public String recipientParty;
    @Enumerated(EnumType.STRING)
    public DeliveryMessage message;
    @Enumerated(EnumType.STRING)
    public DeliveryRoute route;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public String reason;
    @Column(name = "partner_id")
    public UUID partnerId;
    /** What is sent: the signed XML, or the JSON of a notice. */
    public String payload;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** ACCEPTED or REJECTED by the receiving Management Authority, once it decided. */
    public String acknowledgement;
    @Column(name = "acknowledgement_reason")
    public String acknowledgementReason;

    public static Optional<Delivery> of(UUID permitId, DeliveryMessage message) {
        return find("permitId = ?1 and message = ?2", permitId, message).firstResultOptional();
    }
}
