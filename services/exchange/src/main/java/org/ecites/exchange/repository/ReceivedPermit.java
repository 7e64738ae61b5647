package org.ecites.exchange.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A permit in an importing Party's inbox, with the exporter's signatures as received. */
@Entity
@Table(name = "received_permit")
public class ReceivedPermit extends PanacheEntityBase {

    @Id
    @Column(name = "permit_id")
    public UUID permitId;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Column(name = "permit_number")
    public String permitNumber;
    @Column(name = "sender_party")
    public String senderParty;
    @Column(name = "recipient_party")
    public String recipientParty;
    public String document;
    @Column(name = "key_id")
    public String keyId;
    public String jws;
    public String seal;
    @Column(name = "received_at")
    public Instant receivedAt;
}
