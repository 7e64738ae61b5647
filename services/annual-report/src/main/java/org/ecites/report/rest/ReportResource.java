package org.ecites.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.ecites.api.PartyRule;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.report.repository.PointOfView;
import org.ecites.report.service.AnnualReports;
import org.ecites.report.service.ReportAccess;
import org.ecites.report.service.ReportSummary;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.ResponseStatus;

/**
 * A Party's annual report for a year: its state and summary, the two views in the electronic upload format
 * (CSV), the workbook (XLSX), and its submission. A Management Authority reads its own Party's, the
 * Secretariat every Party's; the files stream, whatever their size.
 */
@Path("/api/v1/reports/{party}/{year}")
@RolesAllowed({Roles.MA_OFFICER, Roles.MA_ADMIN, Roles.SECRETARIAT})
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AnnualReports reports;
    private final ReportAccess access;
    private final Caller caller;

    ReportResource(AnnualReports reports, ReportAccess access, Caller caller) {
        this.reports = reports;
        this.access = access;
        this.caller = caller;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReportSummary summary(@PathParam("party") String party, @PathParam("year") int year) {
        return reports.summary(access.toRead(party, year), year);
    }

    /** The exporter's view: exports and re-exports, without the import_permit column. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/exports.csv")
    @Produces("text/csv")
    public Response exports(@PathParam("party") String party, @PathParam("year") int year) {
        return csv(party, year, PointOfView.EXPORTER, "exports");
    }

    /** The importer's view, with the import_permit column. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/imports.csv")
    @Produces("text/csv")
    public Response imports(@PathParam("party") String party, @PathParam("year") int year) {
        return csv(party, year, PointOfView.IMPORTER, "imports");
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/report.xlsx")
    @Produces(XLSX)
    public Response workbook(@PathParam("party") String party, @PathParam("year") int year) {
        ReportAccess.Grant grant = access.toRead(party, year);
        return attachment((StreamingOutput) out -> reports.writeXlsx(grant, year, out),
                party + "-" + year + "-annual-report.xlsx");
    }

    /** The Party's Management Authority submits the report of a past year; it is immutable from then on. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/submission")
    @RolesAllowed(Roles.MA_ADMIN)
    @ResponseStatus(201)
    @Produces(MediaType.APPLICATION_JSON)
    public ReportSummary submit(@PathParam("party") String party, @PathParam("year") int year) {
        return reports.submit(access.toSubmit(party, year), year, caller.username());
    }

    private Response csv(String party, int year, PointOfView view, String name) {
        ReportAccess.Grant grant = access.toRead(party, year);
        return attachment((StreamingOutput) out -> reports.writeCsv(grant, year, view, out),
                party + "-" + year + "-" + name + ".csv");
    }

    private static Response attachment(StreamingOutput body, String fileName) {
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
