package org.ecites.customs.messaging;

import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.EndorsementStatus;
import org.ecites.events.DocumentEvent;
import org.ecites.events.DocumentType;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/**
 * A document its issuing Party withdrew can no longer be endorsed at the border. The withdrawal may
 * arrive before the signature (they travel on different topics): the document is then kept as withdrawn
 * at once, and the signature that follows leaves it so.
 */
abstract class WithdrawalHandler<T extends DocumentEvent> implements EventHandler<T> {

    private final EventType type;

    WithdrawalHandler(EventType type) {
        this.type = type;
    }

    @Override
    public EventType handles() {
        return type;
    }

    @Override
    public void handle(ReceivedEvent<T> event) {
        EndorsablePermit permit = EndorsablePermit.findById(event.payload().permitId());
        PermitDocument document = event.payload().permit();
        if (permit == null && document.documentType() != DocumentType.IMPORT) {
            EndorsablePermit.of(document, null, EndorsementStatus.WITHDRAWN).persist();
        } else if (permit != null && permit.status == EndorsementStatus.OPEN) {
            permit.status = EndorsementStatus.WITHDRAWN;
        }
    }
}
