package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ecites.events.EventJson;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.QuantitiesConfirmed;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryHistory;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.DeliveryRoute;
import org.ecites.exchange.repository.DeliveryStatus;
import org.ecites.exchange.repository.HostedParty;
import org.ecites.exchange.repository.OutboundDocument;
import org.ecites.exchange.repository.OutboundState;
import org.ecites.platform.outbox.Outbox;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.print.PermitPdf;

/**
 * What EPIX callers may have of our Parties' documents: a document only for the Party at its other end,
 * only with the code printed on it; refusals name no more than the protocol's fault code.
 */
@ApplicationScoped
public class EpixDocuments {

    private final Outbox outbox;
    private final Clock clock;

    EpixDocuments(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The document as signed and, when its seal is kept, the printable permit with its QR code (in English: the
     * partner's own system prints it in its language from the XML).
     */
    public record Fetched(String xml, String permitNumber, byte[] printable) {
    }

    /** What the printable permit is drawn from, read in the transaction that records the pull. */
    private record Kept(String xml, PermitDocument permit, String seal, String verificationCode) {
    }

    /**
     * The signed message, as issued or as used; the waiting pull delivery counts as delivered. The permit is
     * printed after the transaction, which holds no connection while the PDF is drawn.
     */
    public Fetched fetch(PartnerCaller caller, String issuer, String number, String token, boolean asUsed) {
        Kept kept = PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> {
            OutboundDocument document = find(caller, issuer, number, token);
            if (document.status.withdrawn()) {
                throw new Refusal(EpixFaultCode.DocumentWithdrawn, "the issuing Party " + document.status.name()
                        .toLowerCase() + " document " + number);
            }
            String xml = asUsed ? document.finalXml : document.issuedXml;
            if (xml == null) {
                throw new Refusal(asUsed ? EpixFaultCode.DocumentNotUsed : EpixFaultCode.DocumentNotFound, asUsed
                        ? "document " + number + " has not been endorsed at export yet" : "no document " + number);
            }
            markPulled(document, asUsed ? DeliveryMessage.FINAL_CERTIFICATE : DeliveryMessage.PERMIT, caller);
            return new Kept(xml, EventJson.decode(document.document, PermitDocument.class), document.seal,
                    document.verificationCode);
        });
        return new Fetched(kept.xml(), kept.permit().permitNumber(), kept.seal() == null ? null
                : PermitPdf.render(kept.permit(), kept.seal(), kept.verificationCode(), "EN"));
    }

    /** Records the quantities as an import clearance made abroad, once per document. */
    public void confirmQuantities(PartnerCaller caller, String issuer, String number, String token,
            List<QuantitiesConfirmed.ConfirmedQuantity> quantities) {
        PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> {
            OutboundDocument document = find(caller, issuer, number, token);
            if (document.status == OutboundState.CLEARED) {
                throw new Refusal(EpixFaultCode.QuantitiesAlreadyConfirmed, "the quantities of " + number + " were confirmed");
            }
            if (document.status.withdrawn()) {
                throw new Refusal(EpixFaultCode.DocumentWithdrawn, "document " + number + " was withdrawn by its issuer");
            }
            PermitDocument permit = EventJson.decode(document.document, PermitDocument.class);
            check(permit, quantities);
            document.status = OutboundState.CLEARED;
            document.updatedAt = clock.instant();
            outbox.record(new QuantitiesConfirmed(permit, caller.party(), caller.partner().name, document.updatedAt,
                    quantities), caller.party());
        });
    }

    private OutboundDocument find(PartnerCaller caller, String issuer, String number, String token) {
        if (issuer == null || !HostedParty.isHosted(issuer)) {
            throw new Refusal(EpixFaultCode.CalleeNotFound, "Party " + issuer + " is not hosted here");
        }
        return OutboundDocument.issued(issuer, number == null ? "" : number.strip())
                .filter(document -> document.otherParty.equals(caller.party()))
                .filter(document -> sameCode(document.verificationCode, token))
                .orElseThrow(() -> new Refusal(EpixFaultCode.DocumentNotFound, "no document " + number + " of " + issuer
                        + " for " + caller.party() + " with this TokenId"));
    }

    private static boolean sameCode(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.strip().toUpperCase().getBytes(StandardCharsets.UTF_8));
    }

    private static void check(PermitDocument permit, List<QuantitiesConfirmed.ConfirmedQuantity> quantities) {
        Set<String> items = new HashSet<>(permit.lineItems().stream().map(LineItem::itemId).toList());
        Set<String> seen = new HashSet<>();
        if (quantities.isEmpty()) {
            throw new Refusal(EpixFaultCode.InvalidQuantities, "no quantity confirmed");
        }
        for (QuantitiesConfirmed.ConfirmedQuantity quantity : quantities) {
            if (quantity.itemId() == null || !items.contains(quantity.itemId()) || !seen.add(quantity.itemId())) {
                throw new Refusal(EpixFaultCode.InvalidQuantities, "line item '" + quantity.itemId()
                        + "' is not one of " + items + ", or is given twice");
            }
            if (quantity.quantity() == null || quantity.quantity().signum() < 0
                    || quantity.quantity().compareTo(new BigDecimal("1e15")) >= 0 || quantity.quantity().scale() > 6) {
                throw new Refusal(EpixFaultCode.InvalidQuantities, "line item " + quantity.itemId()
                        + ": the quantity must be a number from 0, with at most six decimals");
            }
        }
    }

    private void markPulled(OutboundDocument document, DeliveryMessage message, PartnerCaller caller) {
        Delivery.of(document.permitId, message)
                .filter(delivery -> delivery.route == DeliveryRoute.PULL && delivery.status == DeliveryStatus.PENDING_DELIVERY)
                .ifPresent(delivery -> {
                    delivery.status = DeliveryStatus.DELIVERED;
                    delivery.deliveredAt = clock.instant();
                    delivery.reason = null;
                    DeliveryHistory.record(delivery, delivery.deliveredAt, delivery.status.name(),
                            "pulled by " + caller.partner().name);
                });
    }

    /** Why a caller gets nothing; the adapter turns it into the protocol's fault. */
    public static final class Refusal extends RuntimeException {

        private final EpixFaultCode code;

        Refusal(EpixFaultCode code, String message) {
            super(message);
            this.code = code;
        }

        public EpixFaultCode code() {
            return code;
        }
    }
}
