package org.ecites.registry.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.ecites.events.PermitExpired;
import org.ecites.platform.outbox.Outbox;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.registry.repository.Permit;
import org.ecites.registry.repository.PermitStatus;

/**
 * Ends documents whose validity (box 2) has run out: a document is good until midnight of its last day.
 * An unused one expires and PermitExpired is announced; a used one is closed. Each document moves in a
 * transaction of its own, under its lock, so replicas running this at once do each move once.
 */
@ApplicationScoped
public class PermitExpiry {

    private static final Actor REGISTRY = Actor.service("urn:ecites:permit-registry");

    private final Clock clock;
    private final PermitLifecycle lifecycle;
    private final Outbox outbox;

    PermitExpiry(PermitLifecycle lifecycle, Outbox outbox, Clock clock) {
        this.clock = clock;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
    }

    @Scheduled(every = "${ecites.registry.expiry-interval:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void expireDueDocuments() {
        expireDue(LocalDate.now(clock));
    }

    /** Ends every document valid until before the given day; returns how many it ended. */
    public int expireDue(LocalDate today) {
        EnumSet<PermitStatus> ending = EnumSet.copyOf(PermitStatus.validDocument());
        ending.add(PermitStatus.USED);
        List<UUID> due = PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> Panache.getEntityManager()
                .createQuery("select p.id from Permit p where p.validUntil < :today and p.status in :ending", UUID.class)
                .setParameter("today", today).setParameter("ending", ending).getResultList());
        due.forEach(id -> PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> end(id, today)));
        return due.size();
    }

    private void end(UUID id, LocalDate today) {
        Permit permit = Permit.<Permit>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        String detail = "valid until " + permit.validUntil;
        if (permit.status == PermitStatus.USED) {
            lifecycle.move(permit, PermitStatus.CLOSED, REGISTRY, "CLOSED", detail);
        } else if (PermitStatus.validDocument().contains(permit.status)) {
            lifecycle.move(permit, PermitStatus.EXPIRED, REGISTRY, "EXPIRED", detail);
            outbox.record(new PermitExpired(permit.toDocument(), today), permit.tenant);
        }
    }
}
