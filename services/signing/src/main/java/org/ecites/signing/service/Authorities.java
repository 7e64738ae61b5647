package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import org.ecites.seal.Crypto;
import org.ecites.signing.config.SigningConfig;
import org.ecites.platform.repository.AdvisoryLocks;
import org.ecites.signing.repository.CertificateAuthority;

/** The CAs: each Party's signing CA and the platform's trust anchor, made on first use. */
@ApplicationScoped
public class Authorities {

    private static final String ANCHOR = "trust-anchor";

    private final Clock clock;
    private final KeyVault vault;
    private final AdvisoryLocks locks;
    private final SigningConfig config;

    Authorities(KeyVault vault, AdvisoryLocks locks, SigningConfig config, Clock clock) {
        this.clock = clock;
        this.vault = vault;
        this.locks = locks;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CertificateAuthority ofParty(String party) {
        return authority("authority:" + party, "CN=CITES signing CA " + party + ",C=" + party);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CertificateAuthority anchor() {
        return authority(ANCHOR, "CN=cloud eCITES trust list anchor");
    }

    public PrivateKey privateKey(CertificateAuthority authority) {
        return vault.open(authority.encryptedPrivateKey, authority.name);
    }

    private CertificateAuthority authority(String name, String subject) {
        CertificateAuthority existing = CertificateAuthority.findById(name);
        if (existing != null) {
            return existing;
        }
        locks.lock(name);
        CertificateAuthority authority = CertificateAuthority.findById(name);
        if (authority == null) {
            Instant now = clock.instant();
            KeyVault.NewKey key = vault.newKey(name);
            authority = new CertificateAuthority();
            authority.name = name;
            authority.encryptedPrivateKey = key.stored();
            authority.certificate = Crypto.der(Crypto.selfSignedCa(subject, key.publicKey(), privateKey(authority),
                    now, now.plus(config.authorityValidity())));
            authority.createdAt = now;
            authority.persist();
        }
        return authority;
    }
}
