package org.ecites.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.service.PermitIssuer;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/permits")
@RolesAllowed(Roles.MA_OFFICER)
public class PermitResource {

    private final PermitIssuer issuer;
    private final Caller caller;

    PermitResource(PermitIssuer issuer, Caller caller) {
        this.issuer = issuer;
        this.caller = caller;
    }

    @POST
    public RestResponse<PermitView> issue(@Valid @NotNull IssuePermitRequest request, @Context UriInfo uri) {
        Permit permit = issuer.issue(request, caller.party(), caller.username());
        return RestResponse.ResponseBuilder.<PermitView>created(uri.getAbsolutePathBuilder().path(permit.permitNumber).build())
                .entity(PermitView.of(permit)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{permitNumber}")
    public PermitView get(@PathParam("permitNumber") String permitNumber) {
        return Permit.findByNumber(caller.party(), permitNumber).map(PermitView::of)
                .orElseThrow(() -> ProblemException.notFound("no permit " + permitNumber + " of your Party"));
    }
}
