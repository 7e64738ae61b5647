package org.ecites.platform.rest;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A blocking resource that tells whether its body had been read before it ran, and how much of it arrived. */
@Path("/api/test/body-probe")
@PermitAll
public class BodyProbeResource {

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> probe(RoutingContext context, String body) {
        return Map.of("readBeforeTheResource", context.body().available(), "length", body.length());
    }
}
