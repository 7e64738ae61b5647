package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import org.ecites.seal.Crypto;
import org.ecites.signing.config.SigningConfig;
import org.ecites.signing.repository.AdvisoryLocks;
import org.ecites.signing.repository.PartyAuthority;
import org.ecites.signing.repository.TrustAnchor;

/** The CAs: each Party's signing CA and the platform's trust anchor, made on first use. */
@ApplicationScoped
public class Authorities {

    private static final String ANCHOR_KEY_NAME = "trust-anchor";

    private final KeyVault vault;
    private final AdvisoryLocks locks;
    private final SigningConfig config;
    private final Clock clock = Clock.systemUTC();

    Authorities(KeyVault vault, AdvisoryLocks locks, SigningConfig config) {
        this.vault = vault;
        this.locks = locks;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PartyAuthority ofParty(String party) {
        PartyAuthority existing = PartyAuthority.findById(party);
        if (existing != null) {
            return existing;
        }
        locks.lock("authority:" + party);
        PartyAuthority authority = PartyAuthority.findById(party);
        if (authority == null) {
            Instant now = clock.instant();
            KeyVault.NewKey key = vault.newKey("authority:" + party);
            authority = new PartyAuthority();
            authority.party = party;
            authority.encryptedPrivateKey = key.stored();
            authority.certificate = Crypto.der(Crypto.selfSignedCa("CN=CITES signing CA " + party + ",C=" + party,
                    key.publicKey(), privateKey(authority), now, now.plus(config.authorityValidity())));
            authority.createdAt = now;
            authority.persist();
        }
        return authority;
    }

    public PrivateKey privateKey(PartyAuthority authority) {
        return vault.open(authority.encryptedPrivateKey, "authority:" + authority.party);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TrustAnchor anchor() {
        TrustAnchor existing = TrustAnchor.findById(TrustAnchor.ID);
        if (existing != null) {
            return existing;
        }
        locks.lock(ANCHOR_KEY_NAME);
        TrustAnchor anchor = TrustAnchor.findById(TrustAnchor.ID);
        if (anchor == null) {
            Instant now = clock.instant();
            KeyVault.NewKey key = vault.newKey(ANCHOR_KEY_NAME);
            anchor = new TrustAnchor();
            anchor.id = TrustAnchor.ID;
            anchor.encryptedPrivateKey = key.stored();
            anchor.certificate = Crypto.der(Crypto.selfSignedCa("CN=cloud eCITES trust list anchor",
                    key.publicKey(), privateKey(anchor), now, now.plus(config.authorityValidity())));
            anchor.createdAt = now;
            anchor.persist();
        }
        return anchor;
    }

    public PrivateKey privateKey(TrustAnchor anchor) {
        return vault.open(anchor.encryptedPrivateKey, ANCHOR_KEY_NAME);
    }

    public static X509Certificate certificate(byte[] der) {
        return Crypto.certificate(der);
    }
}
