package org.ecites.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The permit and the issuing Party's signatures on it (ADR 0004).
 *
 * @param keyId the signing certificate's key id, as listed in the trust list
 * @param jws compact JWS (ES256) over the permit's canonical JSON, with the certificate chain in {@code x5c}
 * @param seal the text of the QR code: Base45 of the zlib-compressed COSE_Sign1 of the permit's summary
 */
public record PermitSigned(
        PermitDocument permit,
        String keyId,
        String jws,
        String seal,
        Instant signedAt) implements PermitEvent {

    @Override
    public UUID permitId() {
        return permit.permitId();
    }

    @Override
    public String permitNumber() {
        return permit.permitNumber();
    }
}
