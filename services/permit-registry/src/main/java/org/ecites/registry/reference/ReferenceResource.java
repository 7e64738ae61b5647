package org.ecites.registry.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecites.api.PartyRule;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.reference.CodeLists;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * The versions of the reference data every Party's documents are checked against, and their refresh.
 * The data is global, so it has one owner: only the Secretariat (or a platform administrator) loads the
 * species checklist, the code lists (with countries), the national export quotas and the trade
 * suspensions; a Party's administrator reads them like its officers.
 */
@Path("/api/v1/reference")
@RolesAllowed({Roles.SECRETARIAT, Roles.PLATFORM_ADMIN})
public class ReferenceResource {

    private final ReferenceImport imports;
    private final QuotaImport quotas;
    private final SuspensionImport suspensions;
    private final Caller caller;

    ReferenceResource(ReferenceImport imports, QuotaImport quotas, SuspensionImport suspensions, Caller caller) {
        this.imports = imports;
        this.quotas = quotas;
        this.suspensions = suspensions;
        this.caller = caller;
    }

    /** One load: who loaded it, when, and the SHA-256 of every file it was read from. */
    public record LoadView(long id, String version, String source, Instant loadedAt, String loadedBy, String summary,
            List<ReferenceFile.Hash> files) {

        static LoadView of(ReferenceLoad load) {
            return new LoadView(load.id, load.version, load.source, load.loadedAt, load.loadedBy, load.summary,
                    ReferenceFile.hashesOf(load));
        }
    }


    /** Code-list files by name (see {@link CodeLists#fileNames()}), as CSV text; the others stay as they are. */
    public record CodeListUpload(@NotBlank @Size(max = 100) String version, @NotEmpty Map<String, @NotNull String> files) {
    }

    /** Every checklist version loaded, newest (in force) first. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @GET
    @Path("/checklist")
    @RolesAllowed({Roles.MA_ADMIN, Roles.MA_OFFICER, Roles.SECRETARIAT, Roles.PLATFORM_ADMIN})
    public List<LoadView> checklistVersions() {
        return versions(ReferenceLoad.CHECKLIST);
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @PUT
    @Path("/checklist")
    @ResponseStatus(201)
    public LoadView replaceChecklist(@Valid @NotNull ChecklistUpload upload) {
        return LoadView.of(imports.importExport(upload, caller.username()));
    }

    /** Lays a Species+ API response (taxon_concepts with cites_listings) over the checklist in force. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @POST
    @Path("/checklist/species-plus")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public LoadView importSpeciesPlus(@QueryParam("version") @NotBlank @Size(max = 100) String version, byte[] response) {
        return LoadView.of(imports.importSpeciesPlus(version, response, caller.username()));
    }

    /** Every code-list version loaded, newest (in force) first. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @GET
    @Path("/code-lists")
    @RolesAllowed({Roles.MA_ADMIN, Roles.MA_OFFICER, Roles.SECRETARIAT, Roles.PLATFORM_ADMIN})
    public List<LoadView> codeListVersions() {
        return versions(ReferenceLoad.CODE_LISTS);
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @PUT
    @Path("/code-lists")
    @ResponseStatus(201)
    public LoadView replaceCodeLists(@Valid @NotNull CodeListUpload upload) {
        Map<String, byte[]> files = new HashMap<>();
        upload.files().forEach((name, content) -> {
            if (!CodeLists.fileNames().contains(name)) {
                throw ProblemException.invalidField("files." + name, "not a code-list file; the files are "
                        + CodeLists.fileNames());
            }
            files.put(name, content.getBytes(StandardCharsets.UTF_8));
        });
        return LoadView.of(imports.importCodeLists(upload.version(), files, caller.username()));
    }

    /** Every load of national export quotas (Species+ quota exports), newest first. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @GET
    @Path("/quota-imports")
    @RolesAllowed({Roles.MA_ADMIN, Roles.MA_OFFICER, Roles.SECRETARIAT, Roles.PLATFORM_ADMIN})
    public List<LoadView> quotaImports() {
        return versions(QuotaImport.KIND);
    }

    /** Loads every Party's quotas from a Species+ quota export (CSV); what is used of each quota stays. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @POST
    @Path("/quota-imports")
    @Consumes("text/csv")
    @ResponseStatus(201)
    public LoadView importQuotas(@QueryParam("version") @NotBlank @Size(max = 100) String version, byte[] csv) {
        return LoadView.of(quotas.importExport(version, csv, caller.username()));
    }

    /** Every load of trade suspensions (Species+ suspension exports), newest first. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @GET
    @Path("/suspension-imports")
    @RolesAllowed({Roles.MA_ADMIN, Roles.MA_OFFICER, Roles.SECRETARIAT, Roles.PLATFORM_ADMIN})
    public List<LoadView> suspensionImports() {
        return versions(SuspensionImport.KIND);
    }

    /** Replaces the suspensions an earlier export loaded with those in force in this one (CSV). */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.GLOBAL)
    @POST
    @Path("/suspension-imports")
    @Consumes("text/csv")
    @ResponseStatus(201)
    public LoadView importSuspensions(@QueryParam("version") @NotBlank @Size(max = 100) String version, byte[] csv) {
        return LoadView.of(suspensions.importExport(version, csv, caller.username()));
    }

    private static List<LoadView> versions(String kind) {
        return ReferenceLoad.history(kind).stream().map(LoadView::of).toList();
    }
}
