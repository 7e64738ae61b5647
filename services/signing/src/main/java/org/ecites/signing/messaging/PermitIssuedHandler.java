package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitIssued;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.signing.service.PermitSigner;
import org.ecites.signing.service.SigningMetrics;

/**
 * Signs each issued permit, counting the failures by Party. A redelivered PermitIssued never gets here (the
 * processed-event table); a second one of another id for the same permit fails to sign and ends in the dead-letter
 * topic, where it is seen, instead of passing unnoticed.
 */
@ApplicationScoped
class PermitIssuedHandler implements EventHandler<PermitIssued> {

    private final PermitSigner signer;
    private final SigningMetrics metrics;

    PermitIssuedHandler(PermitSigner signer, SigningMetrics metrics) {
        this.signer = signer;
        this.metrics = metrics;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_ISSUED;
    }

    @Override
    public void handle(ReceivedEvent<PermitIssued> event) {
        PermitDocument permit = event.payload().permit();
        try {
            signer.sign(permit);
        } catch (RuntimeException e) {
            metrics.signingFailed(permit.issuingParty());
            throw e;
        }
    }
}
