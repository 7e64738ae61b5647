package org.ecites.exchange.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A partner system: the Parties it speaks for, how to reach it and the certificates that identify it. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public PartnerProtocol protocol;
    /** Where we push; null for a partner that only pulls. */
    public String endpoint;
    /** PEM of the TLS client certificate the partner calls us with. */
    @Column(name = "tls_certificate")
    public String tlsCertificate;
    @Column(name = "tls_fingerprint")
    public String tlsFingerprint;
    /** PEM of the certificate its Parties' XML signatures chain to (their CA, or the signer itself). */
    @Column(name = "signing_certificate")
    public String signingCertificate;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_party", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "party")
    public Set<String> parties = new HashSet<>();

    public static Optional<Partner> byFingerprint(String fingerprint) {
        return find("tlsFingerprint = ?1 and active = true", fingerprint).firstResultOptional();
    }

    /** The active partner that speaks for the Party, if any. */
    public static Optional<Partner> serving(String party) {
        return find("select p from Partner p join p.parties party where party = ?1 and p.active = true", party)
                .firstResultOptional();
    }
}
