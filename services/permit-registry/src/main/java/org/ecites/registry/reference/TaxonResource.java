package org.ecites.registry.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.ecites.api.PartyRule;
import org.ecites.platform.security.Roles;
import org.ecites.reference.TaxonNames;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * Type-ahead over the checklist in force: accepted names, synonyms and common names (English, French,
 * Spanish) with a word starting with what was typed, accepted names first. Served from the in-memory
 * index of the checklist, rebuilt whenever the Secretariat loads a newer one.
 */
@Path("/api/v1/reference/taxa")
public class TaxonResource {

    private final ChecklistHolder checklists;

    TaxonResource(ChecklistHolder checklists) {
        this.checklists = checklists;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @GET
    @RolesAllowed({Roles.MA_OFFICER, Roles.MA_ADMIN, Roles.APPLICANT, Roles.CUSTOMS_OFFICER, Roles.SECRETARIAT})
    public List<TaxonNames.TaxonName> searchTaxa(@QueryParam("q") @NotBlank @Size(min = 2, max = 100) String query,
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return checklists.checklist().names().search(query, limit);
    }
}
