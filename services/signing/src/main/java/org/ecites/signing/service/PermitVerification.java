package org.ecites.signing.service;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import org.ecites.seal.TrustList;
import org.ecites.seal.Verdict;

/**
 * What a verifier is told: the verdict on the seal with every check (as the offline verifier gives it),
 * which trust list judged it, and what became of the permit since it was signed (only for a seal that
 * holds).
 */
public record PermitVerification(@JsonUnwrapped Verdict verdict, TrustListUsed trustList, PermitStatusView status) {

    static PermitVerification of(Verdict verdict, TrustList list, PermitStatusView status) {
        return new PermitVerification(verdict, new TrustListUsed(list.sequence(), list.issuedAt(), list.nextUpdate()),
                status);
    }

    public record TrustListUsed(long sequence, Instant issuedAt, Instant nextUpdate) {
    }
}
