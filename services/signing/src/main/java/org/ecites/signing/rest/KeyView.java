package org.ecites.signing.rest;

import java.time.Instant;
import org.ecites.seal.Crypto;
import org.ecites.signing.repository.SigningKey;

public record KeyView(
        String keyId,
        String party,
        boolean active,
        Instant notBefore,
        Instant notAfter,
        Instant revokedAt,
        String revokedBy,
        String revocationReason,
        String certificate) {

    static KeyView of(SigningKey key) {
        return new KeyView(key.keyId, key.party, key.active, key.notBefore, key.notAfter, key.revokedAt,
                key.revokedBy, key.revocationReason,
                key.certificate == null ? null : Crypto.pem(Crypto.certificate(key.certificate)));
    }
}
