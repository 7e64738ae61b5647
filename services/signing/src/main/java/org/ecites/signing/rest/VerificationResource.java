package org.ecites.signing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.ecites.platform.problem.ProblemException;
import org.ecites.signing.repository.SignedPermit;
import org.ecites.signing.service.PermitVerification;
import org.ecites.signing.service.SealVerification;

/**
 * Public by design: anyone holding a permit, a border officer abroad too, may check it. A seal that does
 * not hold is a verdict (200 with its code), not an error: only a request without a seal is one.
 */
@Path("/api/v1/verifications")
@PermitAll
public class VerificationResource {

    private final SealVerification verification;

    VerificationResource(SealVerification verification) {
        this.verification = verification;
    }

    @POST
    public PermitVerification verify(VerificationRequest request) {
        if (request == null || request.seal() == null || request.seal().isBlank()) {
            throw ProblemException.invalidField("seal", "the text of the permit's QR code is required");
        }
        return verification.verify(request.seal());
    }

    /** The link a phone opens after scanning: the seal travels URL-encoded in the query. */
    @GET
    public PermitVerification verifyScanned(@QueryParam("seal") String seal) {
        return verify(new VerificationRequest(seal));
    }

    /** For a permit whose number is known but whose QR code is not at hand: its stored seal is judged. */
    @GET
    @Path("/{permitNumber}")
    public PermitVerification verifyByNumber(@PathParam("permitNumber") String permitNumber,
            @QueryParam("issuer") String issuer) {
        List<SignedPermit> candidates = SignedPermit.findByNumber(permitNumber).stream()
                .filter(p -> issuer == null || p.issuerParty.equals(issuer))
                .toList();
        if (candidates.isEmpty()) {
            throw ProblemException.notFound("no signed permit " + permitNumber);
        }
        if (candidates.size() > 1) {
            throw ProblemException.invalidField("issuer", "several Parties issued a permit " + permitNumber
                    + ": name the issuing Party");
        }
        return verification.verify(candidates.get(0));
    }

    public record VerificationRequest(String seal) {
    }
}
