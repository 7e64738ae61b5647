package org.ecites.signing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.ecites.api.PartyRule;
import org.ecites.events.EventJson;
import org.ecites.events.PermitDocument;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.print.PermitPdf;
import org.ecites.seal.QrCodes;
import org.ecites.signing.config.SigningConfig;
import org.ecites.signing.repository.SignedPermit;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A signed permit's artefacts for the officers of its exporting and importing Parties: the signatures,
 * the QR code (PNG for screens, SVG for print) and the printable permit.
 */
@Path("/api/v1/signed-permits/{permitId}")
@RolesAllowed({Roles.MA_OFFICER, Roles.MA_ADMIN, Roles.CUSTOMS_OFFICER})
public class SignedPermitResource {

    private static final int QR_MODULE_PIXELS = 6;

    private final Caller caller;
    private final SigningConfig config;

    SignedPermitResource(Caller caller, SigningConfig config) {
        this.caller = caller;
        this.config = config;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.ISSUER_OR_IMPORTER)
    @GET
    public SignedPermitView signedPermit(@PathParam("permitId") UUID permitId) {
        SignedPermit permit = visible(permitId);
        return new SignedPermitView(permit.permitId, permit.permitNumber, permit.issuerParty, permit.keyId,
                permit.signedAt, permit.status, permit.jws, permit.seal, permit.verificationCode);
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.ISSUER_OR_IMPORTER)
    @GET
    @Path("/qr.png")
    @Produces("image/png")
    public byte[] qrPng(@PathParam("permitId") UUID permitId) {
        return QrCodes.png(sealOf(visible(permitId)), QR_MODULE_PIXELS);
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.ISSUER_OR_IMPORTER)
    @GET
    @Path("/qr.svg")
    @Produces("image/svg+xml")
    public String qrSvg(@PathParam("permitId") UUID permitId) {
        return QrCodes.svg(sealOf(visible(permitId)));
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.ISSUER_OR_IMPORTER)
    @GET
    @Path("/permit.pdf")
    @Produces("application/pdf")
    @APIResponse(responseCode = "200", description = "The permit on the standard CITES form, with its QR code",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response printable(@PathParam("permitId") UUID permitId, @QueryParam("lang") String language) {
        SignedPermit permit = visible(permitId);
        String chosen = language != null ? language : config.printLanguage().getOrDefault(permit.issuerParty, "EN");
        if (!PermitPdf.WORKING_LANGUAGES.contains(chosen.toUpperCase(Locale.ROOT))) {
            throw ProblemException.invalidField("lang", "the Convention's working languages are EN, FR and ES");
        }
        return Response.ok(PermitPdf.render(document(permit), sealOf(permit), permit.verificationCode, chosen))
                .header("Content-Disposition", "inline; filename=\"" + permit.permitNumber + ".pdf\"").build();
    }

    private SignedPermit visible(UUID permitId) {
        SignedPermit permit = SignedPermit.findById(permitId);
        String party = caller.party();
        if (permit == null || !(permit.issuerParty.equals(party) || party.equals(permit.importerParty))) {
            throw ProblemException.notFound("no signed permit " + permitId + " of or for Party " + party);
        }
        return permit;
    }

    private static PermitDocument document(SignedPermit permit) {
        return EventJson.decode(permit.document, PermitDocument.class);
    }

    private static String sealOf(SignedPermit permit) {
        if (permit.seal == null) {
            throw ProblemException.conflict("permit " + permit.permitNumber + " was signed before seals existed");
        }
        return permit.seal;
    }
}
