package org.ecites.signing.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.ecites.api.PartyRule;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.rest.PublicRateLimiter;
import org.ecites.platform.rest.RateLimited;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.signing.repository.SignedPermit;
import org.ecites.signing.service.PermitVerification;
import org.ecites.signing.service.SealVerification;
import org.ecites.signing.service.VerificationCodes;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * Public by design: anyone holding a permit, a border officer abroad too, may check it. A seal that does
 * not hold is a verdict (200 with its code), not an error: only a request without a seal is one.
 */
@Path("/api/v1/verifications")
@PermitAll
@RateLimited
public class VerificationResource {

    /** Seals a batch may hold: a consignment's permits, or an offline verifier's saved scans back online. */
    private static final int MAX_BATCH = 50;

    private final SealVerification verification;
    private final PublicRateLimiter rateLimiter;

    VerificationResource(SealVerification verification, PublicRateLimiter rateLimiter) {
        this.verification = verification;
        this.rateLimiter = rateLimiter;
    }

    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PUBLIC)
    @POST
    public PermitVerification verify(VerificationRequest request) {
        if (request == null || request.seal() == null || request.seal().isBlank()) {
            throw ProblemException.invalidField("seal", "the text of the permit's QR code is required");
        }
        return verification.verify(request.seal());
    }

    /**
     * Many seals at once, each answered as if verified alone and in the order given; every seal counts against the
     * address's limit, so a batch is no way around it.
     */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PUBLIC)
    @POST
    @Path("/batch")
    public BatchVerification verifyAll(BatchRequest request, @Context HttpServerRequest http) {
        List<String> seals = request == null ? null : request.seals();
        int most = Math.min(MAX_BATCH, rateLimiter.burst());
        if (seals == null || seals.isEmpty() || seals.size() > most) {
            throw ProblemException.invalidField("seals", "between 1 and " + most + " seals are required");
        }
        for (int i = 0; i < seals.size(); i++) {
            if (seals.get(i) == null || seals.get(i).isBlank()) {
                throw ProblemException.invalidField("seals[" + i + "]", "the text of a permit's QR code is required");
            }
        }
        rateLimiter.charge(http, seals.size() - 1);
        return new BatchVerification(verification.verifyAll(seals));
    }

    /** The link a phone opens after scanning: the seal travels URL-encoded in the query. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PUBLIC)
    @GET
    public PermitVerification verifyScanned(@QueryParam("seal") String seal) {
        return verify(new VerificationRequest(seal));
    }

    /**
     * For a permit whose QR code is not at hand: its number, issuing Party and the verification code printed
     * on it. A wrong code is answered exactly as an unknown number, so numbers cannot be counted through.
     */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PUBLIC)
    @GET
    @Path("/{permitNumber}")
    public PermitVerification verifyByNumber(
            @PathParam("permitNumber") @Size(max = 35) String permitNumber,
            @QueryParam("issuer") @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
            String issuer,
            @QueryParam("code") @NotNull @Size(max = 20) String code) {
        // across Parties on purpose: the number with its printed code proves that the caller holds the permit
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> SignedPermit.findIssued(issuer, permitNumber)
                        .filter(permit -> VerificationCodes.matches(permit.verificationCode, code)))
                .map(verification::verify)
                .orElseThrow(() -> ProblemException.notFound("no signed permit " + permitNumber + " of " + issuer
                        + " with that verification code"));
    }

    public record VerificationRequest(String seal) {
    }

    public record BatchRequest(List<String> seals) {
    }

    public record BatchVerification(List<PermitVerification> verifications) {
    }
}
