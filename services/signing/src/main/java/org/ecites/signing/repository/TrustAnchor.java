package org.ecites.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The platform's trust anchor: the key that signs the trust list. One row. */
@Entity
@Table(name = "trust_anchor")
public class TrustAnchor extends PanacheEntityBase {

    public static final short ID = 1;

    @Id
    public short id;
    public byte[] certificate;
    @Column(name = "encrypted_private_key")
    public byte[] encryptedPrivateKey;
    @Column(name = "created_at")
    public Instant createdAt;
}
