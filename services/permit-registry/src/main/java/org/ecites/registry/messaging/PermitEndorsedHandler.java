package org.ecites.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitEndorsed;
import org.ecites.registry.repository.PermitStatus;

@ApplicationScoped
public class PermitEndorsedHandler extends PermitStatusHandler<PermitEndorsed> {

    PermitEndorsedHandler() {
        super(EventType.PERMIT_ENDORSED, PermitStatus.SIGNED, PermitStatus.USED);
    }
}
