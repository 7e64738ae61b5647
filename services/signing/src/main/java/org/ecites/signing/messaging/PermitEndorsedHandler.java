package org.ecites.signing.messaging;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.ecites.events.EventType;
import org.ecites.events.PermitEndorsed;
import org.ecites.platform.inbox.ReceivedEvent;
import org.ecites.signing.repository.PermitEndorsement;
import org.ecites.signing.repository.PermitState;
import org.ecites.signing.repository.SignedPermit;
import org.ecites.signing.service.FinalCertificates;

/**
 * Verifiers learn that a permit has been used at export, and what left, where and when; the issuing Party
 * signs the document as used for the importing Party's systems. A singleton: its state handler parent has no
 * constructor a client proxy could use.
 */
@Singleton
public class PermitEndorsedHandler extends PermitStateHandler<PermitEndorsed> {

    private final FinalCertificates finalCertificates;

    PermitEndorsedHandler(FinalCertificates finalCertificates) {
        super(EventType.PERMIT_ENDORSED, PermitState.USED);
        this.finalCertificates = finalCertificates;
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
        finalCertificates.sign(endorsed);
    }
}
