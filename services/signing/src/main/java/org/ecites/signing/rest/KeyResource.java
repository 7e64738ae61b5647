package org.ecites.signing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ecites.api.PartyRule;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.signing.service.PartyKeys;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A Party's administrators manage its signing keys: list, rotate now, revoke a compromised one. */
@Path("/api/v1/keys")
@RolesAllowed(Roles.MA_ADMIN)
public class KeyResource {

    private final PartyKeys keys;
    private final Caller caller;

    KeyResource(PartyKeys keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    public List<KeyView> list() {
        return keys.keysOf(caller.party()).stream().map(KeyView::of).toList();
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/rotation")
    @APIResponse(responseCode = "201", description = "The new active key",
            content = @Content(schema = @Schema(implementation = KeyView.class)))
    @Transactional
    public Response rotate() {
        return Response.status(Response.Status.CREATED).entity(KeyView.of(keys.rotate(caller.party()))).build();
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/{keyId}/revocation")
    @Transactional
    public KeyView revoke(@PathParam("keyId") String keyId, RevocationRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw ProblemException.invalidField("reason", "say why the key is revoked (e.g. key compromise)");
        }
        return KeyView.of(keys.revoke(caller.party(), keyId, request.reason(), caller.username()));
    }

    public record RevocationRequest(String reason) {
    }
}
