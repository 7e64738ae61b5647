package org.ecites.exchange.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.ecites.api.PartyRule;
import org.ecites.exchange.repository.Partner;
import org.ecites.exchange.repository.PartnerAudit;
import org.ecites.exchange.service.PartnerRegistry;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** The partner registry: the platform's operators register, change and retire partner systems. */
@Path("/api/v1/partners")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PartnerResource {

    private final PartnerRegistry registry;
    private final Caller caller;

    PartnerResource(PartnerRegistry registry, Caller caller) {
        this.registry = registry;
        this.caller = caller;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @POST
    public Response register(@Valid @NotNull PartnerRequest request) {
        Partner partner = registry.register(request.registration(), caller.username());
        return Response.created(URI.create("/api/v1/partners/" + partner.id))
                .entity(PartnerView.of(partner, PartnerAudit.of(partner.id))).build();
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @GET
    public List<PartnerView> partners() {
        return Partner.<Partner>listAll().stream().map(partner -> PartnerView.of(partner, List.of())).toList();
    }

    /** The partner with its audit trail. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @GET
    @Path("/{id}")
    public PartnerView partner(@PathParam("id") UUID id) {
        return PartnerView.of(registry.find(id), PartnerAudit.of(id));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @PUT
    @Path("/{id}")
    public PartnerView change(@PathParam("id") UUID id, @Valid @NotNull PartnerRequest request) {
        Partner partner = registry.update(id, request.registration(), caller.username());
        return PartnerView.of(partner, PartnerAudit.of(id));
    }

    /** Retires the partner: its certificate no longer opens anything and nothing more is sent to it. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @DELETE
    @Path("/{id}")
    public PartnerView retire(@PathParam("id") UUID id) {
        Partner partner = registry.retire(id, caller.username());
        return PartnerView.of(partner, PartnerAudit.of(id));
    }
}
