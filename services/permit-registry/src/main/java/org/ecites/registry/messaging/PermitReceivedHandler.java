package org.ecites.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitReceived;
import org.ecites.registry.repository.PermitStatus;

@ApplicationScoped
public class PermitReceivedHandler extends PermitStatusHandler<PermitReceived> {

    PermitReceivedHandler() {
        super(EventType.PERMIT_RECEIVED, PermitStatus.SENT, "SENT");
    }

    @Override
    String detail(PermitReceived received) {
        return "delivered to the Management Authority of " + received.importerParty() + " (delivery "
                + received.deliveryId() + ")";
    }
}
