package org.ecites.signing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.ecites.platform.problem.ProblemException;
import org.ecites.signing.repository.SignedPermit;
import org.ecites.signing.service.PermitVerifier;
import org.ecites.signing.service.Verification;

/** Public by design: anyone holding a permit, a border officer abroad too, may check it. */
@Path("/api/v1/verifications")
@PermitAll
public class VerificationResource {

    private final PermitVerifier verifier;

    VerificationResource(PermitVerifier verifier) {
        this.verifier = verifier;
    }

    @GET
    @Path("/{permitNumber}")
    public Verification verify(@PathParam("permitNumber") String permitNumber, @QueryParam("issuer") String issuer) {
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
        return verifier.verify(candidates.get(0));
    }
}
