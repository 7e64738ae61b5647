package org.ecites.signing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.seal.SealVerifier;
import org.ecites.seal.TrustListJws;
import org.ecites.seal.Verdict;
import org.ecites.signing.repository.PermitStatusRows;
import org.ecites.signing.repository.PermitStatusRows.PermitKey;
import org.ecites.signing.repository.PublishedTrustList;
import org.ecites.signing.repository.SignedPermit;

/**
 * The public verdict on a seal: the same offline checks a verifier app makes against the current trust
 * list, plus the permit's status now (used, cancelled, ...), which only the platform knows. The trust list
 * in use is re-read at once when this replica publishes one and at most {@link #RECHECK} after another did.
 */
@ApplicationScoped
public class SealVerification {

    private final Clock clock;
    private final TrustListPublisher trustLists;
    private final PermitStatusRows statuses;
    static final Duration RECHECK = Duration.ofSeconds(5);

    private final AtomicReference<SealVerifier> verifier = new AtomicReference<>();
    private volatile Instant checkedAt = Instant.MIN;

    SealVerification(TrustListPublisher trustLists, PermitStatusRows statuses, Clock clock) {
        this.clock = clock;
        this.trustLists = trustLists;
        this.statuses = statuses;
    }

    public PermitVerification verify(String seal) {
        return verifyAll(List.of(seal)).getFirst();
    }

    /** Each seal's verdict, in the order given; the statuses of all the valid ones in one read. */
    public List<PermitVerification> verifyAll(List<String> seals) {
        SealVerifier current = verifier();
        Instant now = clock.instant();
        List<Verdict> verdicts = seals.stream().map(seal -> current.verify(seal, now)).toList();
        // read across Parties on purpose: the caller proved with a valid seal that it holds the permit
        Map<PermitKey, List<PermitStatusRows.Row>> statusRows = statuses.of(PartyScope.EVERY_PARTY,
                verdicts.stream().filter(Verdict::valid).map(SealVerification::keyOf).distinct().toList());
        return verdicts.stream().map(verdict -> PermitVerification.of(verdict, current.trustList(), verdict.valid()
                ? PermitStatusView.of(statusRows.getOrDefault(keyOf(verdict), List.of()))
                : null)).toList();
    }

    /** The stored seal of a permit, judged as if it had been scanned. */
    public PermitVerification verify(SignedPermit permit) {
        return verify(permit.seal == null ? "" : permit.seal);
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) TrustListPublisher.Published published) {
        checkedAt = Instant.MIN;
    }

    private static PermitKey keyOf(Verdict verdict) {
        return new PermitKey(verdict.permit().issuingParty(), verdict.permit().permitNumber());
    }

    private SealVerifier verifier() {
        SealVerifier cached = verifier.get();
        Instant now = clock.instant();
        if (cached != null && now.isBefore(checkedAt.plus(RECHECK))) {
            return cached;
        }
        PublishedTrustList latest = trustLists.current();
        checkedAt = now;
        if (cached != null && cached.trustList().sequence() == latest.sequence) {
            return cached;
        }
        SealVerifier fresh = new SealVerifier(TrustListJws.read(latest.jws, trustLists.anchorCertificate()));
        verifier.set(fresh);
        return fresh;
    }
}
