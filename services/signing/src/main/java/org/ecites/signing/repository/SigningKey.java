package org.ecites.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "signing_key")
public class SigningKey extends PanacheEntityBase {

    @Id
    @Column(name = "key_id")
    public String keyId;
    public String party;
    public String algorithm;
    @Column(name = "public_key")
    public byte[] publicKey;
    @Column(name = "encrypted_private_key")
    public byte[] encryptedPrivateKey;
    @Column(name = "created_at")
    public Instant createdAt;
    public boolean active;

    public static Optional<SigningKey> activeFor(String party) {
        return find("party = ?1 and active = true", party).firstResultOptional();
    }
}
