package org.ecites.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ecites.events.PermitCancelled;
import org.ecites.platform.outbox.Outbox;
import org.ecites.platform.problem.ProblemException;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitStatus;
import org.ecites.registry.service.rules.QuotaLedger;

/**
 * Moves documents along their lifecycle. Every move is checked against {@link PermitStatus#canMoveTo},
 * made under the document's row lock, and written to its audit trail; an illegal move is a 409 and a
 * stale version (If-Match) a 412.
 */
@ApplicationScoped
public class PermitLifecycle {

    private final AuditTrail audit;
    private final Outbox outbox;
    private final QuotaLedger ledger;

    PermitLifecycle(AuditTrail audit, Outbox outbox, QuotaLedger ledger) {
        this.audit = audit;
        this.outbox = outbox;
        this.ledger = ledger;
    }

    @Transactional
    public Permit review(String party, UUID id, Long expectedVersion, Actor officer) {
        Permit permit = load(party, id, expectedVersion);
        move(permit, PermitStatus.UNDER_REVIEW, officer, "REVIEW_STARTED", "");
        return permit;
    }

    @Transactional
    public Permit refuse(String party, UUID id, Long expectedVersion, String reason, Actor officer) {
        Permit permit = load(party, id, expectedVersion);
        move(permit, PermitStatus.REFUSED, officer, "REFUSED", reason);
        permit.statusReason = reason;
        return permit;
    }

    @Transactional
    public Permit cancel(String party, UUID id, Long expectedVersion, String reason, Actor officer) {
        Permit permit = load(party, id, expectedVersion);
        move(permit, PermitStatus.CANCELLED, officer, "CANCELLED", reason);
        permit.statusReason = reason;
        ledger.giveBack(permit);
        outbox.record(new PermitCancelled(permit.toDocument(), reason, officer.name(), Instant.now()), party);
        return permit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Permit load(String party, UUID id, Long expectedVersion) {
        Permit permit = Permit.lockById(party, id)
                .orElseThrow(() -> ProblemException.notFound("no document " + id + " of your Party"));
        if (expectedVersion != null && expectedVersion != permit.version) {
            throw new ProblemException(412, "Precondition failed", "the document is at version " + permit.version
                    + ", not " + expectedVersion + ": someone changed it since you read it", List.of());
        }
        return permit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Permit permit, PermitStatus next, Actor actor, String action, String detail) {
        requireMove(permit, next);
        permit.status = next;
        audit.record(permit, actor, action, detail);
    }

    public static void requireMove(Permit permit, PermitStatus next) {
        if (!permit.status.canMoveTo(next)) {
            throw ProblemException.conflict("a " + permit.status + " document cannot become " + next);
        }
    }
}
