package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitIssued;
import org.ecites.platform.inbox.PermitEventHandler;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.signing.service.PermitSigner;

@ApplicationScoped
public class PermitIssuedHandler implements PermitEventHandler<PermitIssued> {

    private final PermitSigner signer;

    PermitIssuedHandler(PermitSigner signer) {
        this.signer = signer;
    }

    @Override
    public EventType handles() {
        return EventType.PERMIT_ISSUED;
    }

    @Override
    public void handle(ReceivedEvent<PermitIssued> event) {
        signer.sign(event.payload().permit());
    }
}
