package org.ecites.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.ecites.api.PartyRule;
import org.ecites.platform.inbox.DeadLetterReplay;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** For the platform's operators: takes this service's dead letters back once their cause is fixed. */
@Path("/api/v1/operations/dead-letters")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeadLetterResource {

    private final DeadLetterReplay replay;

    DeadLetterResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PLATFORM)
    @POST
    @Path("/replay")
    public DeadLetterReplay.Report replay() {
        return replay.replay();
    }
}
