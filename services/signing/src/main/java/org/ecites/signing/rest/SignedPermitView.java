package org.ecites.signing.rest;

import java.time.Instant;
import java.util.UUID;
import org.ecites.signing.repository.PermitState;

public record SignedPermitView(
        UUID permitId,
        String permitNumber,
        String issuerParty,
        String keyId,
        Instant signedAt,
        PermitState status,
        String jws,
        String seal,
        String verificationCode) {
}
