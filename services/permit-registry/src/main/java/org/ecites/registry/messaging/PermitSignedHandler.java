package org.ecites.registry.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.events.EventType;
import org.ecites.events.PermitSigned;
import org.ecites.registry.repository.PermitStatus;

@ApplicationScoped
public class PermitSignedHandler extends PermitStatusHandler<PermitSigned> {

    PermitSignedHandler() {
        super(EventType.PERMIT_SIGNED, PermitStatus.SIGNED, "SIGNED");
    }

    @Override
    String detail(PermitSigned signed) {
        return "ES256 with key " + signed.keyId();
    }
}
