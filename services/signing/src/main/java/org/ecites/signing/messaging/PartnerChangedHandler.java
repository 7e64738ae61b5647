package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.TreeSet;
import org.ecites.events.EventType;
import org.ecites.events.MalformedEventException;
import org.ecites.events.PartnerChanged;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.seal.Crypto;
import org.ecites.signing.repository.TrustedPartner;
import org.ecites.signing.service.TrustListPublisher;

/**
 * A partner system registered, changed or retired: the trust list is published again with its signing
 * certificate, so that verifiers, offline ones too, can check the documents its Parties sign. A retired
 * partner stays listed with the time it was retired.
 */
@ApplicationScoped
public class PartnerChangedHandler implements EventHandler<PartnerChanged> {

    private final TrustListPublisher publisher;

    PartnerChangedHandler(TrustListPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public EventType handles() {
        return EventType.PARTNER_CHANGED;
    }

    @Override
    public void handle(ReceivedEvent<PartnerChanged> event) {
        PartnerChanged changed = event.payload();
        TrustedPartner partner = TrustedPartner.<TrustedPartner>findByIdOptional(changed.partnerId())
                .orElseGet(TrustedPartner::new);
        if (partner.changedAt != null && partner.changedAt.isAfter(changed.changedAt())) {
            return;
        }
        partner.partnerId = changed.partnerId();
        partner.name = changed.name();
        partner.parties = String.join(",", new TreeSet<>(changed.parties()));
        partner.signingCertificate = Crypto.der(certificate(changed));
        partner.retiredAt = changed.active() ? null : changed.changedAt();
        partner.changedAt = changed.changedAt();
        partner.persist();
        publisher.publish();
    }

    /** The X.509 reader takes PEM as well as DER; the exchange checked the certificate when it was registered. */
    private static X509Certificate certificate(PartnerChanged changed) {
        try {
            return Crypto.certificate(changed.signingCertificate().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("partner " + changed.name() + ": " + e.getMessage());
        }
    }
}
