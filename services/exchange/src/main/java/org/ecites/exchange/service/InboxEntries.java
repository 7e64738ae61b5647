package org.ecites.exchange.service;

import java.time.Instant;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.events.FinalCertificateSigned;
import org.ecites.events.PermitDocument;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.ReceivedPermit;

/** Entries of a receiving Party's inbox, the same whether the document came from a hosted Party or a partner. */
public final class InboxEntries {

    private InboxEntries() {
    }

    /** The document as used, from a hosted Party: beside the entry as issued, never over it. */
    public static void finalCertificate(FinalCertificateSigned signed, Delivery delivery) {
        ReceivedPermit received = entry(signed.permit(), ReceivedPermit.FINAL, delivery.createdAt);
        received.deliveryId = delivery.id;
        received.xml = signed.xml();
        received.persist();
    }

    public static ReceivedPermit entry(PermitDocument permit, String version, Instant receivedAt) {
        ReceivedPermit received = new ReceivedPermit();
        received.id = UUID.randomUUID();
        received.permitId = permit.permitId();
        received.version = version;
        received.permitNumber = permit.permitNumber();
        received.senderParty = permit.issuingParty();
        received.recipientParty = Deliveries.otherParty(permit);
        received.document = EventJson.encode(permit);
        received.receivedAt = receivedAt;
        return received;
    }
}
