package org.ecites.registry.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The species checklist's versions, and its refresh by an administrator. */
@Path("/api/v1/reference/checklist")
@RolesAllowed(Roles.MA_ADMIN)
public class ReferenceResource {

    private final ChecklistImport checklistImport;
    private final Caller caller;

    ReferenceResource(ChecklistImport checklistImport, Caller caller) {
        this.checklistImport = checklistImport;
        this.caller = caller;
    }

    public record LoadView(long id, String version, String source, Instant loadedAt, String loadedBy, int taxa,
            int listings) {

        static LoadView of(ReferenceLoad load) {
            return new LoadView(load.id, load.version, load.source, load.loadedAt, load.loadedBy, load.taxa,
                    load.listings);
        }
    }

    /** Every version loaded, newest first; the first is the one in force. */
    @GET
    @RolesAllowed({Roles.MA_ADMIN, Roles.MA_OFFICER})
    public List<LoadView> checklistVersions() {
        return ReferenceLoad.<ReferenceLoad>find("kind = ?1 order by id desc", ReferenceLoad.CHECKLIST)
                .stream().map(LoadView::of).toList();
    }

    @PUT
    @ResponseStatus(201)
    public LoadView replaceChecklist(@Valid @NotNull ChecklistUpload upload) {
        return LoadView.of(checklistImport.importExport(upload, caller.username()));
    }

    /** Lays a Species+ API response (taxon_concepts with cites_listings) over the checklist in force. */
    @POST
    @Path("/species-plus")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public LoadView importSpeciesPlus(@QueryParam("version") @NotBlank @Size(max = 100) String version, byte[] response) {
        return LoadView.of(checklistImport.importSpeciesPlus(version, response, caller.username()));
    }
}
