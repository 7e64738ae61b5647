package org.ecites.customs.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.ecites.api.PartyRule;
import org.ecites.customs.service.ImportClearer;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The importing Party's customs clear a consignment that arrived on a foreign document (Art. VI.6). */
@Path("/api/v1/clearances")
@RolesAllowed(Roles.CUSTOMS_OFFICER)
public class ClearanceResource {

    private final ImportClearer clearer;
    private final Caller caller;

    ClearanceResource(ImportClearer clearer, Caller caller) {
        this.clearer = clearer;
        this.caller = caller;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @ResponseStatus(201)
    public ConsignmentView clear(@Valid @NotNull ClearanceRequest request) {
        return ConsignmentView.of(clearer.clear(request.inspection(), caller.party(), caller.username()));
    }
}
