package org.ecites.registry.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;
import org.ecites.events.PermitDocument;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitStatus;

/** A document with where it stands; {@code version} is what If-Match takes. */
public record PermitView(@JsonUnwrapped PermitDocument document, PermitStatus status, String statusReason,
        UUID replacesId, String issuedBy, String appliedBy, long version) {

    static PermitView of(Permit permit) {
        return new PermitView(permit.toDocument(), permit.status, permit.statusReason, permit.replacesId,
                permit.issuedBy, permit.appliedBy, permit.version);
    }
}
