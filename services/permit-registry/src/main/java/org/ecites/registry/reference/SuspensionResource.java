package org.ecites.registry.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ecites.api.PartyRule;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * Trade suspensions recommended by the Standing Committee: loaded from Species+ exports (see
 * {@link SuspensionImport}) or recorded by the Secretariat, for every Party.
 */
@Path("/api/v1/reference/suspensions")
public class SuspensionResource {

    private final Caller caller;
    private final ReferenceChanges changes;

    SuspensionResource(Caller caller, ReferenceChanges changes) {
        this.changes = changes;
        this.caller = caller;
    }

    /**
     * @param scientificName a taxon at any rank, or none for every species
     * @param excludedNames species the suspension does not cover
     * @param scope what it stops; ALL_EXPORTS when not given
     * @param startsOn null only for a suspension loaded from Species+ (its export has no dates)
     * @param imported whether a Species+ export loaded it (a newer export replaces it)
     */
    public record Suspension(
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String party,
            @Size(max = 255) String scientificName,
            @Size(max = 200) List<@NotBlank @Size(max = 255) String> excludedNames,
            SuspensionScope scope,
            @NotNull LocalDate startsOn,
            LocalDate endsOn,
            @NotBlank @Size(max = 255) String reference,
            @Size(max = 2000) String description,
            boolean imported) {

        static Suspension of(TradeSuspension suspension) {
            return new Suspension(suspension.party, suspension.scientificName, suspension.excludedNames,
                    suspension.scope, suspension.startsOn, suspension.endsOn, suspension.reference,
                    suspension.description, suspension.imported);
        }
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @GET
    @RolesAllowed({Roles.MA_OFFICER, Roles.MA_ADMIN, Roles.SECRETARIAT, Roles.PLATFORM_ADMIN})
    public List<Suspension> suspensions(@QueryParam("party") String party) {
        return (party == null ? TradeSuspension.<TradeSuspension>listAll()
                : TradeSuspension.<TradeSuspension>list("party", party)).stream().map(Suspension::of).toList();
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.PLATFORM_ADMIN})
    @ResponseStatus(201)
    @Transactional
    public Suspension record(@Valid @NotNull Suspension suspension) {
        if (suspension.endsOn() != null && suspension.endsOn().isBefore(suspension.startsOn())) {
            throw ProblemException.invalidField("endsOn", "a suspension ends after it starts");
        }
        TradeSuspension entity = new TradeSuspension();
        entity.party = suspension.party();
        entity.scientificName = suspension.scientificName() == null ? null : suspension.scientificName().strip();
        entity.excludedNames = suspension.excludedNames() == null ? List.of()
                : suspension.excludedNames().stream().map(String::strip).toList();
        entity.scope = suspension.scope() == null ? SuspensionScope.ALL_EXPORTS : suspension.scope();
        entity.description = suspension.description();
        entity.startsOn = suspension.startsOn();
        entity.endsOn = suspension.endsOn();
        entity.reference = suspension.reference();
        entity.recordedBy = caller.username();
        entity.recordedAt = Instant.now();
        entity.persist();
        changes.changeInThisTransaction();
        return Suspension.of(entity);
    }
}
