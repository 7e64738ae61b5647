package org.ecites.registry.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.time.Instant;
import org.ecites.api.PartyRule;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * Box 6 of the caller's Party: its Management Authority's name and address, recorded by the Party's
 * administrators and copied into every document made afterwards.
 */
@Path("/api/v1/reference/management-authority")
public class ManagementAuthorityResource {

    private final Caller caller;
    private final ReferenceChanges changes;

    ManagementAuthorityResource(Caller caller, ReferenceChanges changes) {
        this.changes = changes;
        this.caller = caller;
    }

    public record Authority(@NotBlank @Size(max = 255) String name, @NotBlank @Size(max = 500) String address,
            String party, String updatedBy, Instant updatedAt) {

        static Authority of(ManagementAuthority authority) {
            return new Authority(authority.name, authority.address, authority.party, authority.updatedBy,
                    authority.updatedAt);
        }
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @RolesAllowed({Roles.MA_OFFICER, Roles.MA_ADMIN, Roles.APPLICANT})
    public Authority managementAuthority() {
        return ManagementAuthority.<ManagementAuthority>findByIdOptional(caller.party()).map(Authority::of)
                .orElseThrow(() -> ProblemException.notFound("Party " + caller.party()
                        + " has not recorded its Management Authority"));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @PUT
    @RolesAllowed(Roles.MA_ADMIN)
    @Transactional
    public Authority recordManagementAuthority(@Valid @NotNull Authority authority) {
        ManagementAuthority entity = ManagementAuthority.<ManagementAuthority>findByIdOptional(caller.party())
                .orElseGet(ManagementAuthority::new);
        entity.party = caller.party();
        entity.name = authority.name().strip();
        entity.address = authority.address().strip();
        entity.updatedBy = caller.username();
        entity.updatedAt = Instant.now();
        entity.persist();
        changes.changeInThisTransaction();
        return Authority.of(entity);
    }
}
