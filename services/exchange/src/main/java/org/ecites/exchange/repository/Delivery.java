package org.ecites.exchange.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

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
    public DeliveryStatus status;
    public String reason;
    @Column(name = "created_at")
    public Instant createdAt;
}
