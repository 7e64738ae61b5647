package org.ecites.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner system the trust list vouches for: the certificate its Parties' XML signatures chain to. */
@Entity
@Table(name = "trusted_partner")
public class TrustedPartner extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;
    public String name;
    /** The Parties it speaks for, comma-separated in alphabetical order; empty once retired. */
    public String parties;
    /** DER. */
    @Column(name = "signing_certificate")
    public byte[] signingCertificate;
    @Column(name = "retired_at")
    public Instant retiredAt;
    @Column(name = "changed_at")
    public Instant changedAt;

    public static List<TrustedPartner> byName() {
        return list("order by name");
    }
}
