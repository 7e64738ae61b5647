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
 * A document one of our Parties issued, as the other Party's system may fetch it (EPIX pull). Updates write only
 * the changed columns: the document as used is added without storing the issued XML and document again.
 */
@DynamicUpdate
@Entity
@Table(name = "outbound_document")
public class OutboundDocument extends PanacheEntityBase {

    @Id
    @Column(name = "permit_id")
    public UUID permitId;
    @Column(name = "permit_number")
    public String permitNumber;
    @Column(name = "issuing_party")
    public String issuingParty;
    /** The Party at the other end of the trade: the importer, or the exporter of an import permit. */
    @Column(name = "other_party")
    public String otherParty;
    /** Our document as JSON (the event contract's PermitDocument). */
    public String document;
    @Column(name = "verification_code")
    public String verificationCode;
    /** The seal signing published with it, printed as the QR code; null for documents kept before it was. */
    public String seal;
    @Column(name = "issued_xml")
    public String issuedXml;
    @Column(name = "final_xml")
    public String finalXml;
    @Enumerated(EnumType.STRING)
    public OutboundState status;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<OutboundDocument> issued(String issuingParty, String permitNumber) {
        return find("issuingParty = ?1 and permitNumber = ?2", issuingParty, permitNumber).firstResultOptional();
    }
}
