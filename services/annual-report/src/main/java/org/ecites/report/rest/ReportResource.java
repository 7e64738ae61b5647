package org.ecites.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.ecites.api.PartyRule;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.report.service.AnnualReports;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

@Path("/api/v1/reports")
@RolesAllowed(Roles.MA_OFFICER)
public class ReportResource {

    private final AnnualReports reports;
    private final Caller caller;

    ReportResource(AnnualReports reports, Caller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    /** The caller's Party's annual report for the year, as exporter, in the CITES upload CSV format. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/{year}")
    @Produces("text/csv")
    public String exporterReport(@PathParam("year") @Min(1975) @Max(2999) int year) {
        return reports.exporterCsv(caller.party(), year);
    }
}
