package org.ecites.signing.repository;

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
 * A permit as signed: the exact document, its JWS and seal, the key that made them and its status since. Updates
 * write only the changed columns: an endorsement adds the final XML without storing the rest again.
 */
@DynamicUpdate
@Entity
@Table(name = "signed_permit")
public class SignedPermit extends PanacheEntityBase {

    @Id
    @Column(name = "permit_id")
    public UUID permitId;
    @Column(name = "permit_number")
    public String permitNumber;
    @Column(name = "issuer_party")
    public String issuerParty;
    /** The other Party that may see the document (row-level security names both). */
    @Column(name = "importer_party")
    public String importerParty;
    public String document;
    public String jws;
    public String seal;
    /** The CITESEPermit message as issued, with its XML signature. */
    public String xml;
    /** The message as used, box 14 filled in, signed again once customs endorsed the document. */
    @Column(name = "final_xml")
    public String finalXml;
    @Column(name = "key_id")
    public String keyId;
    @Column(name = "signed_at")
    public Instant signedAt;
    @Enumerated(EnumType.STRING)
    public PermitState status;
    /** Printed on the permit; with the number it opens the public lookup, which the number alone must not. */
    @Column(name = "verification_code")
    public String verificationCode;

    public static Optional<SignedPermit> findIssued(String issuerParty, String permitNumber) {
        return find("issuerParty = ?1 and permitNumber = ?2", issuerParty, permitNumber).firstResultOptional();
    }
}
