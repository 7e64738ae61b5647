package org.ecites.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecites.events.EventType;
import org.ecites.events.MalformedEventException;
import org.ecites.events.PermitCancelled;
import org.ecites.events.PermitEndorsed;
import org.ecites.events.PermitEvent;
import org.ecites.events.PermitSigned;
import org.ecites.platform.inbox.EventHandler;
import org.ecites.platform.inbox.ReceivedEvent;

/**
 * Handlers with no guard of their own: each application inserts a row. Exactly-once effects in these
 * tests can therefore come only from the platform (the processed-event table in the handler's transaction).
 */
final class TestHandlers {

    private TestHandlers() {
    }

    /** One row per application, with the Party the connection acts for and the transaction that wrote it. */
    static void record(EntityManager entityManager, PermitEvent event, EventType type) {
        entityManager.createNativeQuery("""
                        insert into test_effect (permit_id, event_type, party, tx)
                        values (:permit, :type, current_setting('ecites.party', true), txid_current())""")
                .setParameter("permit", event.permitId()).setParameter("type", type.name()).executeUpdate();
    }

    /** Applies every PermitSigned but those of the permits in {@link #POISONED}, which it can never read. */
    @ApplicationScoped
    static class Signed implements EventHandler<PermitSigned> {

        static final Set<UUID> POISONED = ConcurrentHashMap.newKeySet();
        private final EntityManager entityManager;

        Signed(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public EventType handles() {
            return EventType.PERMIT_SIGNED;
        }

        @Override
        public void handle(ReceivedEvent<PermitSigned> event) {
            if (POISONED.contains(event.payload().permitId())) {
                throw new MalformedEventException("this signed permit cannot be read");
            }
            record(entityManager, event.payload(), handles());
        }
    }

    /** Fails as often as a test asks for a permit before it succeeds, as a handler does while a lock is held. */
    @ApplicationScoped
    static class Endorsed implements EventHandler<PermitEndorsed> {

        static final Map<UUID, AtomicInteger> FAILURES_LEFT = new ConcurrentHashMap<>();
        static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
        private final EntityManager entityManager;

        Endorsed(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public EventType handles() {
            return EventType.PERMIT_ENDORSED;
        }

        @Override
        public void handle(ReceivedEvent<PermitEndorsed> event) {
            UUID permit = event.payload().permitId();
            ATTEMPTS.computeIfAbsent(permit, p -> new AtomicInteger()).incrementAndGet();
            record(entityManager, event.payload(), handles());
            if (FAILURES_LEFT.getOrDefault(permit, new AtomicInteger()).getAndDecrement() > 0) {
                throw new IllegalStateException("the row is locked, try again");
            }
        }
    }

    /** Refuses every PermitCancelled while {@link #BROKEN} is set, as a handler with a bug would. */
    @ApplicationScoped
    static class Cancelled implements EventHandler<PermitCancelled> {

        static final AtomicBoolean BROKEN = new AtomicBoolean();
        private final EntityManager entityManager;

        Cancelled(EntityManager entityManager) {
            this.entityManager = entityManager;
        }

        @Override
        public EventType handles() {
            return EventType.PERMIT_CANCELLED;
        }

        @Override
        public void handle(ReceivedEvent<PermitCancelled> event) {
            if (BROKEN.get()) {
                throw new MalformedEventException("this handler cannot read cancellations yet");
            }
            record(entityManager, event.payload(), handles());
        }
    }
}
