package org.ecites.signing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.ecites.events.EventType;
import org.ecites.events.PermitEndorsed;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.signing.repository.PermitEndorsement;
import org.ecites.signing.repository.PermitState;
import org.ecites.signing.repository.SignedPermit;

/** Verifiers learn that a permit has been used at export, and what left, where and when. */
@ApplicationScoped
public class PermitEndorsedHandler extends PermitStateHandler<PermitEndorsed> {

    PermitEndorsedHandler() {
        super(EventType.PERMIT_ENDORSED, PermitState.USED);
    }

    @Override
    public void handle(ReceivedEvent<PermitEndorsed> event) {
        super.handle(event);
        PermitEndorsed endorsed = event.payload();
        if (SignedPermit.findById(endorsed.permitId()) == null) {
            return;
        }
        for (PermitEndorsed.EndorsedQuantity quantity : endorsed.quantities()) {
            PermitEndorsement row = new PermitEndorsement();
            row.id = UUID.randomUUID();
            row.endorsementId = endorsed.endorsementId();
            row.permitId = endorsed.permitId();
            row.itemId = quantity.itemId();
            row.quantity = quantity.quantity();
            row.endorsedOn = endorsed.endorsedOn();
            row.port = endorsed.port();
            row.persist();
        }
    }
}
