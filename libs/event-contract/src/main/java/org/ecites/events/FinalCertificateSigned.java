package org.ecites.events;

import java.time.Instant;

/**
 * The document as used: the issuing Party's signed CITESEPermit message with box 14 (and box 15) filled in
 * from the export endorsement; what EPIX calls the final certificate.
 *
 * @param xml the CITESEPermit message with the issuing Party's enveloped XML signature
 */
public record FinalCertificateSigned(PermitDocument permit, String xml, Instant signedAt) implements DocumentEvent {
}
