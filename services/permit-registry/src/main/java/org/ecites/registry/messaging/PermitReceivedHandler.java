package org.ecites.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitReceived;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.registry.repository.PermitProgress;
import org.ecites.registry.repository.PermitStatus;

@ApplicationScoped
public class PermitReceivedHandler extends PermitStatusHandler<PermitReceived> {

    PermitReceivedHandler() {
        super(EventType.PERMIT_RECEIVED, PermitStatus.SENT, "SENT");
    }

    /** A partner system's document, received for one of our Parties, is none of this registry's documents. */
    @Override
    public void handle(ReceivedEvent<PermitReceived> event) {
        PermitProgress.lock(event.payload().permitId()).ifPresent(permit -> handle(event, permit));
    }

    @Override
    String detail(PermitReceived received) {
        return "delivered to the Management Authority of " + received.importerParty() + " (delivery "
                + received.deliveryId() + ")";
    }
}
