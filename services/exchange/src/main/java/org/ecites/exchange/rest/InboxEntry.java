package org.ecites.exchange.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.ecites.exchange.repository.ReceivedPermit;

public record InboxEntry(
        String permitNumber,
        String senderParty,
        Instant receivedAt,
        String keyId,
        String jws,
        String seal,
        @JsonRawValue String permit) {

    static InboxEntry of(ReceivedPermit received) {
        return new InboxEntry(received.permitNumber, received.senderParty, received.receivedAt, received.keyId,
                received.jws, received.seal, received.document);
    }
}
