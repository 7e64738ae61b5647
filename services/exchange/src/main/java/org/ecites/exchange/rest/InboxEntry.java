package org.ecites.exchange.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ecites.exchange.repository.ReceivedPermit;

/**
 * A document in the caller's Party's inbox, once per version (ISSUED, FINAL).
 *
 * @param viaPartner true when a partner system sent it (its XML signature was checked on receipt)
 * @param decision ACCEPTED or REJECTED by the caller's Management Authority, null until it decides
 * @param clearedOn the day the caller's customs cleared the goods, which used the document; null while unused
 */
public record InboxEntry(
        UUID id,
        String permitNumber,
        String senderParty,
        String version,
        Instant receivedAt,
        boolean viaPartner,
        String keyId,
        String jws,
        String seal,
        String decision,
        String decisionReason,
        LocalDate clearedOn,
        @JsonRawValue String permit) {

    static InboxEntry of(ReceivedPermit received) {
        return new InboxEntry(received.id, received.permitNumber, received.senderParty, received.version,
                received.receivedAt, received.partnerId != null, received.keyId, received.jws, received.seal,
                received.decision, received.decisionReason, received.clearedOn, received.document);
    }
}
