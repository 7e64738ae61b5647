package org.ecites.registry.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.ecites.events.PermitDocument;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitStatus;

public record PermitView(@JsonUnwrapped PermitDocument document, PermitStatus status, String issuedBy) {

    static PermitView of(Permit permit) {
        return new PermitView(permit.toDocument(), permit.status, permit.issuedBy);
    }
}
