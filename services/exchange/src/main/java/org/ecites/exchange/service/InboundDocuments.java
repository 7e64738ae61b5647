package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitEndorsed;
import org.ecites.events.PermitReceived;
import org.ecites.exchange.repository.HostedParty;
import org.ecites.exchange.repository.ReceivedPermit;
import org.ecites.platform.outbox.Outbox;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;
import org.ecites.xml.PermitXmlException;
import org.ecites.xml.SignedPermitMessage;

/**
 * Takes a signed document a partner system sends for one of our Parties: schema-checked, its signature
 * checked against the partner's registered signing certificate, for a Party hosted here, once per document
 * and version; then PermitReceived. Whatever fails, nothing is stored.
 */
@ApplicationScoped
public class InboundDocuments {

    private final Outbox outbox;
    private final Clock clock;

    InboundDocuments(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The inbox entry, and whether this message made it (false: the same message came before). */
    public record Receipt(ReceivedPermit entry, boolean first) {
    }

    public Receipt receive(PartnerCaller caller, byte[] xml) {
        SignedPermitMessage signed = read(xml);
        PermitDocument permit = signed.message().permit();
        if (!permit.issuingParty().equals(caller.party())) {
            throw ProblemException.forbidden("partner " + caller.partner().name + " speaks for " + caller.party()
                    + ", not for the issuing Party " + permit.issuingParty());
        }
        X509Certificate registered = Certificates.parse(caller.partner().signingCertificate);
        if (!Certificates.chainsTo(signed.signer(), registered)) {
            throw ProblemException.invalidField("Signature", "the document is not signed with a key of partner "
                    + caller.partner().name + "'s registered signing certificate");
        }
        String recipient = Deliveries.otherParty(permit);
        String version = signed.message().exportEndorsement() == null ? ReceivedPermit.ISSUED : ReceivedPermit.FINAL;
        return PartyScope.inTransaction(recipient, () -> {
            if (!HostedParty.isHosted(recipient)) {
                throw ProblemException.invalidField("ConsigneeTradeParty", "Party " + recipient
                        + " is not hosted here");
            }
            String text = new String(xml, StandardCharsets.UTF_8);
            Optional<ReceivedPermit> earlier = ReceivedPermit.of(permit.permitId(), version);
            if (earlier.isPresent()) {
                if (!earlier.get().xml.equals(text)) {
                    throw ProblemException.conflict("document " + permit.permitNumber() + " (" + version.toLowerCase()
                            + ") was received before with other content; a change is a new document");
                }
                return new Receipt(earlier.get(), false);
            }
            ReceivedPermit received = InboxEntries.entry(permit, version, clock.instant());
            received.partnerId = caller.partner().id;
            received.xml = text;
            received.persist();
            outbox.record(PermitReceived.fromPartner(permit, received.id, received.receivedAt, caller.partner().name,
                    exportEndorsement(signed.message().exportEndorsement())), permit.issuingParty());
            return new Receipt(received, true);
        });
    }

    private static PermitReceived.ExportEndorsement exportEndorsement(PermitMessage.Examination box14) {
        return box14 == null ? null : new PermitReceived.ExportEndorsement(box14.on(), box14.port(), box14.officer(),
                box14.customsDeclaration(), box14.transportDocument(), box14.quantities().stream()
                        .map(q -> new PermitEndorsed.EndorsedQuantity(q.itemId(), q.quantity())).toList());
    }

    private static SignedPermitMessage read(byte[] xml) {
        try {
            return PermitXml.readSigned(xml);
        } catch (PermitXmlException e) {
            if (e.reason() == PermitXmlException.Reason.TOO_LARGE) {
                throw new ProblemException(413, "Content Too Large", e.getMessage(), List.of());
            }
            throw ProblemException.invalidField(e.reason() == PermitXmlException.Reason.BAD_SIGNATURE ? "Signature"
                    : "CITESEPermit", e.getMessage());
        }
    }
}
