package org.ecites.seal;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.ecites.seal.SealCodec.Seal;
import org.ecites.seal.TrustList.TrustedKey;
import org.ecites.seal.TrustList.TrustedParty;

/**
 * Judges seals against one trust list, with no network: what the offline verifier and the public
 * verification endpoint both run. Certificates are parsed once per trust list; the instance is immutable.
 */
public final class SealVerifier {

    private final TrustList trustList;
    private final Map<String, SigningKey> keys = new HashMap<>();

    public SealVerifier(TrustList trustList) {
        this.trustList = trustList;
        for (TrustedParty party : trustList.parties()) {
            X509Certificate ca = Crypto.certificate(Base64.getDecoder().decode(party.caCertificate()));
            boolean caTrusted = Crypto.issuedBy(ca, ca);
            for (TrustedKey key : party.signingKeys()) {
                X509Certificate certificate = Crypto.certificate(Base64.getDecoder().decode(key.certificate()));
                keys.put(key.keyId(), new SigningKey(party.party(), ca, certificate,
                        Crypto.providerKey(certificate.getPublicKey()), key,
                        caTrusted && Crypto.issuedBy(certificate, ca)));
            }
        }
    }

    public TrustList trustList() {
        return trustList;
    }

    /** Never throws: any input gets a verdict. */
    public Verdict verify(String text, Instant now) {
        boolean fresh = trustList.freshAt(now);
        Seal seal;
        try {
            seal = SealCodec.decode(text);
        } catch (RuntimeException e) {
            String message = e instanceof SealException ? e.getMessage() : "not a seal: " + e;
            return new Verdict(false, fresh ? VerdictCode.MALFORMED : VerdictCode.STALE_TRUST_LIST,
                    fresh ? message : staleMessage(), null, null, null,
                    new Verdict.Checks(fresh, false, null, null, null, null, null, null));
        }
        SigningKey key = keys.get(seal.keyId());
        if (key == null) {
            return judge(seal, null, new Verdict.Checks(fresh, true, false, null, null, null, null, null));
        }
        Instant signedAt = seal.summary().signedAtInstant();
        X509Certificate certificate = key.certificate();
        return judge(seal, key, new Verdict.Checks(fresh, true, true,
                SealCodec.signatureHolds(seal.cose(), key.publicKey()),
                key.chainTrusted(),
                key.party().equals(seal.summary().issuingParty()),
                key.listing().revokedAt() == null,
                within(certificate, signedAt) && within(key.ca(), signedAt) && within(certificate, now)));
    }

    private Verdict judge(Seal seal, SigningKey key, Verdict.Checks checks) {
        VerdictCode code = firstFailure(checks);
        String party = key == null ? null : key.party();
        return new Verdict(code == VerdictCode.VALID, code, message(code, seal, key), seal.keyId(), party,
                seal.summary(), checks);
    }

    private static VerdictCode firstFailure(Verdict.Checks checks) {
        if (!checks.trustListFresh()) {
            return VerdictCode.STALE_TRUST_LIST;
        } else if (!checks.keyKnown()) {
            return VerdictCode.UNKNOWN_KEY;
        } else if (!checks.signatureValid()) {
            return VerdictCode.BAD_SIGNATURE;
        } else if (!checks.certificateTrusted()) {
            return VerdictCode.UNTRUSTED_CERTIFICATE;
        } else if (!checks.issuerMatchesKey()) {
            return VerdictCode.WRONG_ISSUER;
        } else if (!checks.keyNotRevoked()) {
            return VerdictCode.KEY_REVOKED;
        } else if (!checks.keyValidAtSigning()) {
            return VerdictCode.CERTIFICATE_EXPIRED;
        }
        return VerdictCode.VALID;
    }

    private String message(VerdictCode code, Seal seal, SigningKey key) {
        return switch (code) {
            case STALE_TRUST_LIST -> staleMessage();
            case UNKNOWN_KEY -> "key " + seal.keyId() + " is not in trust list " + trustList.sequence();
            case BAD_SIGNATURE -> "the signature does not match the content under key " + seal.keyId();
            case UNTRUSTED_CERTIFICATE -> "the certificate of key " + seal.keyId() + " does not chain to the CA of "
                    + key.party();
            case WRONG_ISSUER -> "the permit names " + seal.summary().issuingParty() + " as issuer but key "
                    + seal.keyId() + " belongs to " + key.party();
            case KEY_REVOKED -> "key " + seal.keyId() + " was revoked at " + key.listing().revokedAt() + ": "
                    + key.listing().revocationReason();
            case CERTIFICATE_EXPIRED -> "the certificate of key " + seal.keyId() + " is valid from "
                    + key.certificate().getNotBefore().toInstant() + " to "
                    + key.certificate().getNotAfter().toInstant() + "; the permit was signed at "
                    + seal.summary().signedAtInstant();
            case VALID -> "signed by " + key.party() + " with key " + seal.keyId();
            case MALFORMED -> throw new IllegalArgumentException("a readable seal is not malformed");
        };
    }

    private String staleMessage() {
        return "trust list " + trustList.sequence() + " was due for renewal at " + trustList.nextUpdate();
    }

    private static boolean within(X509Certificate certificate, Instant instant) {
        return !instant.isBefore(certificate.getNotBefore().toInstant())
                && !instant.isAfter(certificate.getNotAfter().toInstant());
    }

    private record SigningKey(String party, X509Certificate ca, X509Certificate certificate, PublicKey publicKey,
            TrustedKey listing, boolean chainTrusted) {
    }
}
