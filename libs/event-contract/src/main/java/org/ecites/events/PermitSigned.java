package org.ecites.events;

import java.time.Instant;

/**
 * The permit and the issuing Party's signatures on it (ADR 0004).
 *
 * @param keyId the signing certificate's key id, as listed in the trust list
 * @param jws compact JWS (ES256) over the permit's sorted-key JSON ({@link EventJson}), with the certificate chain in {@code x5c}
 * @param seal the text of the QR code: Base45 of the zlib-compressed COSE_Sign1 of the permit's summary
 * @param verificationCode printed on the permit; with its number it opens the public lookup (EPIX {@code TokenId})
 * @param xml the document as the UN/CEFACT CITESEPermit message, with the same key's enveloped XML signature;
 *            null in events of older producers
 */
public record PermitSigned(
        PermitDocument permit,
        String keyId,
        String jws,
        String seal,
        Instant signedAt,
        String verificationCode,
        String xml) implements DocumentEvent {
}
