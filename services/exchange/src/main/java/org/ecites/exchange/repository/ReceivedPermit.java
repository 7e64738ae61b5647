package org.ecites.exchange.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A document in the receiving Party's inbox, once per version (as issued, as used), with the sender's
 * signatures as received: our JWS and seal from a hosted Party, the XML signature from a partner. Updates write
 * only the changed columns: a clearance decision does not store the document, XML and JWS again.
 */
@DynamicUpdate
@Entity
@Table(name = "received_permit")
public class ReceivedPermit extends PanacheEntityBase {

    public static final String ISSUED = "ISSUED";
    public static final String FINAL = "FINAL";

    @Id
    public UUID id;
    @Column(name = "permit_id")
    public UUID permitId;
    public String version;
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Column(name = "partner_id")
    public UUID partnerId;
    @Column(name = "permit_number")
    public String permitNumber;
    @Column(name = "sender_party")
    public String senderParty;
    @Column(name = "recipient_party")
    public String recipientParty;
    public String document;
    public String xml;
    @Column(name = "key_id")
    public String keyId;
    public String jws;
    public String seal;
    @Column(name = "received_at")
    public Instant receivedAt;
    /** The receiving Party's customs clearance that used the document (Art. VI.6); null while unused. */
    @Column(name = "clearance_id")
    public UUID clearanceId;
    @Column(name = "cleared_on")
    public LocalDate clearedOn;
    /** ACCEPTED or REJECTED by the receiving Management Authority; null while it has not decided. */
    public String decision;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;

    public static Optional<ReceivedPermit> of(UUID permitId, String version) {
        return find("permitId = ?1 and version = ?2", permitId, version).firstResultOptional();
    }

    public static List<ReceivedPermit> ofPermit(UUID permitId) {
        return list("permitId", permitId);
    }
}
