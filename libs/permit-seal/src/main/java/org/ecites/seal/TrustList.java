package org.ecites.seal;

import java.time.Instant;
import java.util.List;

/**
 * Every Party's CA certificate and document signing certificates, and the signing certificates of the
 * partner systems that speak for Parties not hosted here, as the platform vouches for them at
 * {@code issuedAt}; a verifier must fetch a newer list by {@code nextUpdate}. Certificates are base64 DER.
 *
 * @param sequence grows with every publication, so that a verifier can tell the newer of two lists
 * @param partners empty in lists published before partners were listed
 */
public record TrustList(long sequence, Instant issuedAt, Instant nextUpdate, List<TrustedParty> parties,
        List<TrustedPartner> partners) {

    public TrustList {
        parties = List.copyOf(parties);
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    public boolean freshAt(Instant now) {
        return !now.isAfter(nextUpdate);
    }

    public record TrustedParty(String party, String caCertificate, List<TrustedKey> signingKeys) {

        public TrustedParty {
            signingKeys = List.copyOf(signingKeys);
        }
    }

    /**
     * A partner system: the certificate its Parties' XML signatures chain to; a retired one stays listed with
     * the time it was retired.
     */
    public record TrustedPartner(String name, List<String> parties, String signingCertificate, Instant retiredAt) {

        public TrustedPartner {
            parties = List.copyOf(parties);
        }
    }

    /** A signing certificate; a revoked one stays listed so that verifiers can say why they refuse it. */
    public record TrustedKey(String keyId, String certificate, Instant revokedAt, String revocationReason) {
    }
}
