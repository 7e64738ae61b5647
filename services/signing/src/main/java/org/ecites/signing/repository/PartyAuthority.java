package org.ecites.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Party's CITES signing CA: issues the certificates of the Party's signing keys. */
@Entity
@Table(name = "party_authority")
public class PartyAuthority extends PanacheEntityBase {

    @Id
    public String party;
    public byte[] certificate;
    @Column(name = "encrypted_private_key")
    public byte[] encryptedPrivateKey;
    @Column(name = "created_at")
    public Instant createdAt;
}
