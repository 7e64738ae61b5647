package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.ecites.seal.SealVerifier;
import org.ecites.seal.TrustListJws;
import org.ecites.seal.Verdict;
import org.ecites.signing.repository.PublishedTrustList;
import org.ecites.signing.repository.SignedPermit;

/**
 * The public verdict on a seal: the same offline checks a verifier app makes against the current trust
 * list, plus the permit's status now (used, cancelled, ...), which only the platform knows.
 */
@ApplicationScoped
public class SealVerification {

    private final Clock clock;
    private final TrustListPublisher trustLists;
    private final AtomicReference<SealVerifier> verifier = new AtomicReference<>();

    SealVerification(TrustListPublisher trustLists, Clock clock) {
        this.clock = clock;
        this.trustLists = trustLists;
    }

    public PermitVerification verify(String seal) {
        SealVerifier current = verifier();
        Verdict verdict = current.verify(seal, clock.instant());
        PermitStatusView status = verdict.valid()
                ? PermitStatusView.of(verdict.permit().issuingParty(), verdict.permit().permitNumber())
                : null;
        return PermitVerification.of(verdict, current.trustList(), status);
    }

    /** The stored seal of a permit, judged as if it had been scanned. */
    public PermitVerification verify(SignedPermit permit) {
        return verify(permit.seal == null ? "" : permit.seal);
    }

    private SealVerifier verifier() {
        PublishedTrustList latest = trustLists.current();
        SealVerifier cached = verifier.get();
        if (cached != null && cached.trustList().sequence() == latest.sequence) {
            return cached;
        }
        SealVerifier fresh = new SealVerifier(TrustListJws.read(latest.jws, trustLists.anchorCertificate()));
        verifier.set(fresh);
        return fresh;
    }
}
