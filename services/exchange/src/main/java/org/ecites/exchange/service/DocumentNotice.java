package org.ecites.exchange.service;

import java.time.Instant;
import org.ecites.exchange.repository.DeliveryMessage;

/**
 * What a partner is told about a document it holds, as JSON (a signed message carries the document itself).
 *
 * @param replacementNumber for a replacement, the number of the document that takes its place
 */
public record DocumentNotice(DeliveryMessage message, String permitNumber, String issuingParty, String reason,
        String replacementNumber, Instant at) {
}
