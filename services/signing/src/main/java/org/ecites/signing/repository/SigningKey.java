package org.ecites.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A Party's document signing key, with the certificate its Party's CA issued for it. */
@Entity
@Table(name = "signing_key")
public class SigningKey extends PanacheEntityBase {

    @Id
    @Column(name = "key_id")
    public String keyId;
    /** The name the private key is kept under (its key id is only known once its certificate exists). */
    @Column(name = "key_name")
    public String keyName;
    public String party;
    @Column(name = "public_key")
    public byte[] publicKey;
    @Column(name = "encrypted_private_key")
    public byte[] encryptedPrivateKey;
    public byte[] certificate;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "not_before")
    public Instant notBefore;
    @Column(name = "not_after")
    public Instant notAfter;
    public boolean active;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "revoked_by")
    public String revokedBy;
    @Column(name = "revocation_reason")
    public String revocationReason;

    public static Optional<SigningKey> activeFor(String party) {
        return find("party = ?1 and active = true", party).firstResultOptional();
    }

    /** The id and age of a Party's active key, without its key material. */
    public record Active(String keyId, Instant createdAt) {
    }

    public static Optional<Active> activeIdOf(String party) {
        return getEntityManager().createQuery("""
                        select new org.ecites.signing.repository.SigningKey$Active(k.keyId, k.createdAt) from SigningKey k
                        where k.party = ?1 and k.active = true""", Active.class)
                .setParameter(1, party).getResultList().stream().findFirst();
    }

    public static List<SigningKey> ofParty(String party) {
        return list("party = ?1 order by createdAt desc", party);
    }

    /** Every key that has a certificate, i.e. every key a verifier may meet. */
    public static List<SigningKey> certified() {
        return list("certificate is not null order by party, createdAt");
    }
}
