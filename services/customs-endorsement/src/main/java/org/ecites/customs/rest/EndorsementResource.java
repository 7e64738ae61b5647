package org.ecites.customs.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.ecites.api.PartyRule;
import org.ecites.customs.repository.Endorsement;
import org.ecites.customs.service.Endorser;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/endorsements")
@RolesAllowed(Roles.CUSTOMS_OFFICER)
public class EndorsementResource {

    private final Endorser endorser;
    private final Caller caller;

    EndorsementResource(Endorser endorser, Caller caller) {
        this.endorser = endorser;
        this.caller = caller;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @ResponseStatus(201)
    public EndorsementView endorse(@Valid @NotNull EndorseRequest request) {
        Endorsement endorsement = endorser.endorse(request.departure(), caller.party(), caller.username());
        return EndorsementView.of(endorsement, request.permitNumber());
    }
}
