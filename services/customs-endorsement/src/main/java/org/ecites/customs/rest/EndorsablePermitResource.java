package org.ecites.customs.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.ecites.api.PartyRule;
import org.ecites.customs.repository.EndorsablePermit;
import org.ecites.customs.repository.EndorsementStatus;
import org.ecites.events.PermitDocument;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * The exporting Party's customs find a document before endorsing it: by the seal scanned from its QR code
 * (authentic when it is exactly the seal signing published with the document, which came over the
 * signing service's own authenticated topic), or by its number; with its state (open, endorsed, withdrawn).
 */
@Path("/api/v1/endorsable-permits")
@RolesAllowed(Roles.CUSTOMS_OFFICER)
public class EndorsablePermitResource {

    private final Caller caller;

    EndorsablePermitResource(Caller caller) {
        this.caller = caller;
    }

    public record SealLookup(@NotBlank @Size(max = 4000) String seal) {
    }

    public record EndorsableView(String permitNumber, EndorsementStatus status, PermitDocument permit) {

        static EndorsableView of(EndorsablePermit endorsable) {
            return new EndorsableView(endorsable.permitNumber, endorsable.status, endorsable.permit());
        }
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @POST
    @Path("/lookup")
    public EndorsableView bySeal(@Valid @NotNull SealLookup lookup) {
        return EndorsablePermit.bySeal(caller.party(), lookup.seal().strip()).map(EndorsableView::of)
                .orElseThrow(() -> ProblemException.notFound("no signed document of your Party carries this seal: "
                        + "it was altered, or it is another Party's"));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.OWN_PARTY)
    @GET
    @Path("/{permitNumber}")
    public EndorsableView byNumber(@PathParam("permitNumber") String permitNumber) {
        return EndorsablePermit.byNumber(caller.party(), permitNumber).map(EndorsableView::of)
                .orElseThrow(() -> ProblemException.notFound("no signed document " + permitNumber + " of your Party"));
    }
}
