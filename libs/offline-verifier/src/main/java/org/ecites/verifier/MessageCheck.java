package org.ecites.verifier;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.ecites.events.PermitDocument;
import org.ecites.seal.Crypto;
import org.ecites.seal.TrustList;
import org.ecites.xml.PermitXml;
import org.ecites.xml.PermitXmlException;
import org.ecites.xml.SignedPermitMessage;

/**
 * Checks a signed CITESEPermit message (api-specs/xml) against a saved trust list: its XML signature, then
 * that the signer is a listed, unrevoked key of the issuing Party, or is certified by the partner system
 * the list names for that Party and has not retired.
 */
final class MessageCheck {

    private MessageCheck() {
    }

    /** @param permit null when the message could not be read */
    record Result(boolean valid, String message, PermitDocument permit, String signer) {
    }

    static Result check(byte[] xml, TrustList list, Instant at) {
        if (!list.freshAt(at)) {
            return new Result(false, "REFUSED: the trust list was due for renewal on " + list.nextUpdate()
                    + "; fetch a new one", null, null);
        }
        SignedPermitMessage signed;
        try {
            signed = PermitXml.readSigned(xml);
        } catch (PermitXmlException e) {
            return new Result(false, "REFUSED: " + e.getMessage(), null, null);
        }
        PermitDocument permit = signed.message().permit();
        X509Certificate signer = signed.signer();
        String subject = signer.getSubjectX500Principal().getName();
        Optional<TrustList.TrustedParty> party = list.parties().stream()
                .filter(p -> p.party().equals(permit.issuingParty())).findFirst();
        if (party.isPresent()) {
            return party.get().signingKeys().stream().filter(key -> certificate(key.certificate()).equals(signer))
                    .findFirst().map(key -> key.revokedAt() != null && !at.isBefore(key.revokedAt())
                            ? new Result(false, "REFUSED: key " + key.keyId() + " of " + permit.issuingParty()
                                    + " was revoked on " + key.revokedAt() + " (" + key.revocationReason() + ")", permit, subject)
                            : new Result(true, "VALID: signed with key " + key.keyId() + " of "
                                    + permit.issuingParty(), permit, subject))
                    .orElse(new Result(false, "REFUSED: the signer is no listed key of " + permit.issuingParty(),
                            permit, subject));
        }
        return list.partners().stream().filter(partner -> partner.parties().contains(permit.issuingParty()))
                .filter(partner -> certifies(certificate(partner.signingCertificate()), signer)).findFirst()
                .map(partner -> partner.retiredAt() != null && !at.isBefore(partner.retiredAt())
                        ? new Result(false, "REFUSED: partner system " + partner.name() + " was retired on "
                                + partner.retiredAt(), permit, subject)
                        : new Result(true, "VALID: signed under the registered certificate of partner system "
                                + partner.name() + " for " + permit.issuingParty(), permit, subject))
                .orElse(new Result(false, "REFUSED: neither " + permit.issuingParty() + " nor a partner system the"
                        + " trust list names for it signed this document", permit, subject));
    }

    private static boolean certifies(X509Certificate registered, X509Certificate signer) {
        return registered.equals(signer) || Crypto.issuedBy(signer, registered);
    }

    private static X509Certificate certificate(String base64) {
        return Crypto.certificate(Base64.getDecoder().decode(base64));
    }
}
