package org.ecites.customs.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.ecites.api.PartyRule;
import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * A consignment for the two Parties of its trade: the exporting and the importing Party's customs and
 * Management Authority officers; row-level security shows nothing of it to anyone else. The issuing Party
 * tells apart two Parties' documents of the same number.
 */
@Path("/api/v1/consignments")
@RolesAllowed({Roles.CUSTOMS_OFFICER, Roles.MA_OFFICER})
public class ConsignmentResource {

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.ISSUER_OR_IMPORTER)
    @GET
    @Path("/{permitNumber}")
    public ConsignmentView consignment(@PathParam("permitNumber") String permitNumber,
            @QueryParam("issuer") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
            String issuer) {
        Optional<EndorsablePermit> document = issuer != null ? EndorsablePermit.byNumber(issuer, permitNumber)
                : EndorsablePermit.<EndorsablePermit>find("permitNumber", permitNumber).firstResultOptional();
        return document.map(ConsignmentView::of).orElseThrow(() -> ProblemException.notFound("no document "
                + permitNumber + (issuer == null ? "" : " of " + issuer) + " concerns your Party"));
    }
}
