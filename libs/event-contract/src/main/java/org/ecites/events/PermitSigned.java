package org.ecites.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The permit and its detached signature over {@link EventJson#canonicalBytes(Object)} of the permit.
 * The public key travels with it so that a receiving Party can check it before the trust list exists.
 */
public record PermitSigned(
        PermitDocument permit,
        String keyId,
        String algorithm,
        String signature,
        String publicKey,
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
