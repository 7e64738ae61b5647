package org.ecites.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The receiving Party has the document in its inbox. The event is the sender's (its tenant is the issuing
 * Party), so that a hosted sender's registry can mark its document sent.
 *
 * @param permit the document as received; null in events of producers before 1.4.0
 * @param partner the partner system that sent it for a Party not hosted here; null when a hosted Party did
 * @param exportEndorsement box 14 and box 15 as the partner's document states them once it is used; null before
 */
public record PermitReceived(
        UUID permitId,
        String permitNumber,
        String exporterParty,
        String importerParty,
        UUID deliveryId,
        Instant receivedAt,
        PermitDocument permit,
        String partner,
        ExportEndorsement exportEndorsement) implements PermitEvent {

    /** A hosted Party's document, delivered to the other Party's inbox. */
    public static PermitReceived fromHostedParty(PermitDocument permit, UUID deliveryId, Instant receivedAt) {
        return new PermitReceived(permit.permitId(), permit.permitNumber(), permit.exporterParty(),
                permit.importerParty(), deliveryId, receivedAt, permit, null, null);
    }

    /** A document a partner system sent for its Party, in the inbox entry {@code entryId}. */
    public static PermitReceived fromPartner(PermitDocument permit, UUID entryId, Instant receivedAt, String partner,
            ExportEndorsement exportEndorsement) {
        return new PermitReceived(permit.permitId(), permit.permitNumber(), permit.exporterParty(),
                permit.importerParty(), entryId, receivedAt, permit, partner, exportEndorsement);
    }

    /** Box 14 as the exporting Party's customs recorded it abroad, and box 15. */
    public record ExportEndorsement(LocalDate exportedOn, String port, String officer, String customsDeclaration,
            String transportDocument, List<PermitEndorsed.EndorsedQuantity> quantities) {

        public ExportEndorsement {
            quantities = List.copyOf(quantities);
        }
    }
}
