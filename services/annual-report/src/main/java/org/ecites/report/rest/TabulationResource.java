package org.ecites.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.ecites.api.PartyRule;
import org.ecites.platform.security.Roles;
import org.ecites.report.service.ReportAccess;
import org.ecites.report.service.Tabulations;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/** The Secretariat compares what an importer and an exporter reported of their trade in a year. */
@Path("/api/v1/tabulations/{year}")
@RolesAllowed(Roles.SECRETARIAT)
public class TabulationResource {

    private final Tabulations tabulations;
    private final ReportAccess access;

    TabulationResource(Tabulations tabulations, ReportAccess access) {
        this.tabulations = tabulations;
        this.access = access;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.ALL_PARTIES)
    @GET
    public Tabulations.Tabulation tabulate(@PathParam("year") int year, @QueryParam("exporter") String exporter,
            @QueryParam("importer") String importer) {
        access.checkYear(year);
        access.checkParty("exporter", exporter);
        access.checkParty("importer", importer);
        return tabulations.tabulate(year, exporter, importer);
    }
}
