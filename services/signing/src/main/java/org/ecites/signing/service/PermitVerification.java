package org.ecites.signing.service;

import java.time.Instant;
import org.ecites.seal.SealSummary;
import org.ecites.seal.TrustList;
import org.ecites.seal.Verdict;
import org.ecites.seal.VerdictCode;

/**
 * What a verifier is told: whether the seal holds and why (or why not), which trust list judged it, and
 * what became of the permit since it was signed (only for a seal that holds).
 */
public record PermitVerification(
        boolean valid,
        VerdictCode code,
        String message,
        String keyId,
        String signingParty,
        SealSummary permit,
        Verdict.Checks checks,
        TrustListUsed trustList,
        PermitStatusView status) {

    static PermitVerification of(Verdict verdict, TrustList list, PermitStatusView status) {
        return new PermitVerification(verdict.valid(), verdict.code(), verdict.message(), verdict.keyId(),
                verdict.signingParty(), verdict.permit(), verdict.checks(),
                new TrustListUsed(list.sequence(), list.issuedAt(), list.nextUpdate()), status);
    }

    public record TrustListUsed(long sequence, Instant issuedAt, Instant nextUpdate) {
    }
}
