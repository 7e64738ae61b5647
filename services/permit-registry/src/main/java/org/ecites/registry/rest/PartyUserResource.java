package org.ecites.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.ecites.api.PartyRule;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.rest.PageRequest;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.registry.reference.HostedParties;
import org.ecites.registry.service.PartyUsers;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A Party's administrator manages the Party's own officers, customs officers and applicants: creates them
 * and disables them (a user is never deleted, so audit trails keep naming real accounts). Another Party's
 * users are invisible here, as if they did not exist.
 */
@Path("/api/v1/users")
@RolesAllowed(Roles.MA_ADMIN)
public class PartyUserResource {

    private final PartyUsers users;
    private final Caller caller;
    private final HostedParties parties;

    PartyUserResource(PartyUsers users, Caller caller, HostedParties parties) {
        this.parties = parties;
        this.users = users;
        this.caller = caller;
    }

    public record StatusChange(@NotNull Boolean enabled) {
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    public List<PartyUsers.PartyUser> list(@Valid @BeanParam PageRequest paging) {
        return users.list(hostedParty(), paging.index() * paging.size(), paging.size());
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    public RestResponse<PartyUsers.CreatedUser> create(@Valid @NotNull UserRequest user) {
        if (user.role() == null) {
            throw ProblemException.invalidField("role", "must be one of " + PartyUsers.PARTY_ROLES);
        }
        PartyUsers.CreatedUser created = users.create(hostedParty(), new PartyUsers.NewUser(user.username(),
                user.email(), user.firstName(), user.lastName(), user.role()), false);
        return RestResponse.ResponseBuilder.<PartyUsers.CreatedUser>created(URI.create("/api/v1/users/" + created.username()))
                .entity(created).type(MediaType.APPLICATION_JSON).build();
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @PATCH
    @Path("/{username}")
    public PartyUsers.PartyUser changeStatus(@PathParam("username") String username,
            @Valid @NotNull StatusChange change) {
        if (username.equals(caller.username()) && !change.enabled()) {
            throw ProblemException.conflict("an administrator cannot disable their own account");
        }
        return users.setEnabled(hostedParty(), username, change.enabled());
    }

    private String hostedParty() {
        return parties.requireHosted(caller.party());
    }
}
