package org.ecites.seal;

import java.time.Instant;
import java.util.List;

/**
 * Every Party's CA certificate and document signing certificates, as the platform vouches for them at
 * {@code issuedAt}; a verifier must fetch a newer list by {@code nextUpdate}. Certificates are base64 DER.
 *
 * @param sequence grows with every publication, so that a verifier can tell the newer of two lists
 */
public record TrustList(long sequence, Instant issuedAt, Instant nextUpdate, List<TrustedParty> parties) {

    public TrustList {
        parties = List.copyOf(parties);
    }

    public boolean freshAt(Instant now) {
        return !now.isAfter(nextUpdate);
    }

    public record TrustedParty(String party, String caCertificate, List<TrustedKey> signingKeys) {

        public TrustedParty {
            signingKeys = List.copyOf(signingKeys);
        }
    }

    /** A signing certificate; a revoked one stays listed so that verifiers can say why they refuse it. */
    public record TrustedKey(String keyId, String certificate, Instant revokedAt, String revocationReason) {
    }
}
