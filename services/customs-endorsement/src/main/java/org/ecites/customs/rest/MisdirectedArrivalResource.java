package org.ecites.customs.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.ecites.api.PartyRule;
import org.ecites.customs.service.MisdirectedArrivals;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Customs record goods that arrived with a document addressed to another Party; both Parties of the trade see it. */
@Path("/api/v1/misdirected-arrivals")
@RolesAllowed(Roles.CUSTOMS_OFFICER)
public class MisdirectedArrivalResource {

    private final MisdirectedArrivals arrivals;
    private final Caller caller;

    MisdirectedArrivalResource(MisdirectedArrivals arrivals, Caller caller) {
        this.arrivals = arrivals;
        this.caller = caller;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @ResponseStatus(201)
    public MisdirectedArrivalView recordMisdirectedArrival(@Valid @NotNull MisdirectedArrivalRequest request) {
        return MisdirectedArrivalView.of(arrivals.record(request.scan(), caller.party(), caller.username()));
    }
}
