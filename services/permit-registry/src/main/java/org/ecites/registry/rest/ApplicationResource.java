package org.ecites.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.ecites.api.PartyRule;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.registry.service.Actor;
import org.ecites.registry.service.PermitIssuer;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;

/** Where applicants ask their Management Authority for a document; an officer reviews and issues it. */
@Path("/api/v1/applications")
@RolesAllowed(Roles.APPLICANT)
public class ApplicationResource {

    private final PermitIssuer issuer;
    private final Caller caller;

    ApplicationResource(PermitIssuer issuer, Caller caller) {
        this.issuer = issuer;
        this.caller = caller;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    public RestResponse<PermitView> apply(@Valid @NotNull IssuePermitRequest request) {
        return PermitResource.created(issuer.apply(request.application(), caller.party(),
                new Actor(caller.username(), Roles.APPLICANT)));
    }
}
