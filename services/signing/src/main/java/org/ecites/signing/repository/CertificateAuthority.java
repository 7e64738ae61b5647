package org.ecites.signing.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A CA key with its self-signed certificate: a Party's CITES signing CA ({@code authority:CH}) or the
 * platform's trust anchor that signs the trust list ({@code trust-anchor}). The name is also the name
 * its private key is kept under.
 */
@Entity
@Table(name = "certificate_authority")
public class CertificateAuthority extends PanacheEntityBase {

    @Id
    public String name;
    public byte[] certificate;
    @Column(name = "encrypted_private_key")
    public byte[] encryptedPrivateKey;
    @Column(name = "created_at")
    public Instant createdAt;
}
