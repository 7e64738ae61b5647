package org.ecites.signing.service;

import java.time.Instant;
import org.ecites.signing.repository.PermitState;

/** The verdict on one permit: whether its signature holds, and what has become of it since. */
public record Verification(
        String permitNumber,
        String issuerParty,
        String importerParty,
        String keyId,
        String algorithm,
        boolean signatureValid,
        PermitState status,
        Instant signedAt) {
}
