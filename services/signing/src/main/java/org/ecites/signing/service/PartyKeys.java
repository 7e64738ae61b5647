package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ecites.platform.problem.ProblemException;
import org.ecites.seal.Crypto;
import org.ecites.signing.config.SigningConfig;
import org.ecites.platform.repository.AdvisoryLocks;
import org.ecites.signing.repository.CertificateAuthority;
import org.ecites.signing.repository.SigningKey;

/**
 * Each Party's signing keys (ECDSA P-256, BouncyCastle): one signs at a time; after its usage period, or
 * when the Party asks, a new one takes over while the old ones stay in the trust list until their
 * certificates expire; a revoked key is listed as revoked and never signs again.
 */
@ApplicationScoped
public class PartyKeys {

    private final KeyVault vault;
    private final Authorities authorities;
    private final TrustListPublisher trustList;
    private final AdvisoryLocks locks;
    private final SigningConfig config;
    private final Clock clock;
    /** Opened keys by key id: unwrapping a key and parsing its chain is done once, not for every permit. */
    private final Map<String, Opened> opened = new ConcurrentHashMap<>();

    PartyKeys(KeyVault vault, Authorities authorities, TrustListPublisher trustList, AdvisoryLocks locks,
            SigningConfig config, Clock clock) {
        this.clock = clock;
        this.vault = vault;
        this.authorities = authorities;
        this.trustList = trustList;
        this.locks = locks;
        this.config = config;
    }

    /** The key that signs for the Party now, made or rotated first when needed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SigningKey activeKey(String party) {
        SigningKey active = SigningKey.activeFor(party).orElse(null);
        if (active != null && !dueForRotation(active)) {
            return active;
        }
        locks.lock("keys:" + party);
        active = SigningKey.activeFor(party).orElse(null);
        return active != null && !dueForRotation(active) ? active : rotate(party);
    }

    /**
     * The active key opened for signing, with the certificates a verifier needs. The Party's active key is read
     * for every signing (another instance may have rotated or revoked it), but only its id unless it is new here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PartySigner signer(String party) {
        Opened keyMaterial = SigningKey.activeIdOf(party)
                .filter(active -> !dueForRotation(active.createdAt()))
                .map(active -> opened.get(active.keyId()))
                .orElseGet(() -> open(party, activeKey(party)));
        return new PartySigner(keyMaterial.keyId(), keyMaterial.privateKey(), keyMaterial.chain());
    }

    private Opened open(String party, SigningKey key) {
        return opened.computeIfAbsent(key.keyId, id -> new Opened(id, vault.open(key.encryptedPrivateKey, key.keyName),
                List.of(Crypto.certificate(key.certificate), Crypto.certificate(authorities.ofParty(party).certificate))));
    }

    private record Opened(String keyId, PrivateKey privateKey, List<X509Certificate> chain) {
    }

    /** Retires the active key (it keeps verifying) and makes a new one; the trust list shows both. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SigningKey rotate(String party) {
        locks.lock("keys:" + party);
        SigningKey.activeFor(party).ifPresent(old -> {
            old.active = false;
            old.flush();
            opened.remove(old.keyId);
        });
        SigningKey key = create(party);
        trustList.publish();
        return key;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public SigningKey revoke(String party, String keyId, String reason, String actor) {
        locks.lock("keys:" + party);
        SigningKey key = SigningKey.findById(keyId);
        if (key == null || !key.party.equals(party)) {
            throw ProblemException.notFound("Party " + party + " has no signing key " + keyId);
        }
        if (key.revokedAt != null) {
            throw ProblemException.conflict("key " + keyId + " was revoked at " + key.revokedAt);
        }
        key.revokedAt = clock.instant();
        key.revokedBy = actor;
        key.revocationReason = reason;
        opened.remove(key.keyId);
        if (key.active) {
            key.active = false;
            key.flush();
            create(party);
        }
        trustList.publish();
        return key;
    }

    public List<SigningKey> keysOf(String party) {
        return SigningKey.ofParty(party);
    }

    private boolean dueForRotation(SigningKey key) {
        return dueForRotation(key.createdAt);
    }

    private boolean dueForRotation(Instant createdAt) {
        return !clock.instant().isBefore(createdAt.plus(config.keyUsagePeriod()));
    }

    private SigningKey create(String party) {
        CertificateAuthority authority = authorities.ofParty(party);
        X509Certificate ca = Crypto.certificate(authority.certificate);
        Instant now = clock.instant();
        Instant notAfter = min(now.plus(config.certificateValidity()), ca.getNotAfter().toInstant());
        String keyName = "signing:" + UUID.randomUUID();
        KeyVault.NewKey pair = vault.newKey(keyName);
        X509Certificate certificate = Crypto.signingCertificate("CN=CITES document signer " + party + ",C=" + party,
                pair.publicKey(), ca, authorities.privateKey(authority), now, notAfter);
        SigningKey key = new SigningKey();
        key.keyId = Crypto.keyId(certificate);
        key.keyName = keyName;
        key.party = party;
        key.publicKey = pair.publicKey().getEncoded();
        key.certificate = Crypto.der(certificate);
        key.encryptedPrivateKey = pair.stored();
        key.createdAt = now;
        key.notBefore = now;
        key.notAfter = notAfter;
        key.active = true;
        key.persist();
        return key;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
