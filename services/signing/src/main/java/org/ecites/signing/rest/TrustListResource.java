package org.ecites.signing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.ecites.api.PartyRule;
import org.ecites.platform.rest.RateLimited;
import org.ecites.seal.Crypto;
import org.ecites.signing.repository.PublishedTrustList;
import org.ecites.signing.service.TrustListPublisher;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The signed trust list and the anchor certificate that verifies it, for verifier apps and partner
 * systems. Cached by ETag (the list's sequence), for five minutes at most so that a revocation reaches
 * verifiers that poll quickly.
 */
@Path("/api/v1/trust-list")
@PermitAll
@RateLimited
public class TrustListResource {

    public static final String JOSE = "application/jose";
    private static final String PEM = "application/pem-certificate-chain";

    private final TrustListPublisher trustLists;

    TrustListResource(TrustListPublisher trustLists) {
        this.trustLists = trustLists;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PUBLIC)
    @GET
    @Produces(JOSE)
    @APIResponse(responseCode = "200", description = "The trust list as a compact JWS signed by the anchor",
            content = @Content(mediaType = JOSE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "The list named by If-None-Match is still the current one")
    public Response trustList(@Context Request request) {
        PublishedTrustList list = trustLists.current();
        EntityTag tag = new EntityTag(Long.toString(list.sequence));
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) Math.max(0, Math.min(Duration.between(Instant.now(), list.nextUpdate).toSeconds(),
                Duration.ofMinutes(5).toSeconds())));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(list.jws).tag(tag).cacheControl(cache)
                .header("X-Trust-List-Next-Update", list.nextUpdate.toString()).build();
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PUBLIC)
    @GET
    @Path("/anchor")
    @Produces(PEM)
    public String anchor() {
        return Crypto.pem(trustLists.anchorCertificate());
    }
}
