package org.ecites.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * When the relay runs: as soon as a transaction that recorded an event commits (so an event waits for no
 * schedule), and on the schedule as well, for rows another replica wrote or a pass that failed. Requests that
 * come while a pass runs make one more pass; passes never overlap within the service.
 */
@ApplicationScoped
public class RelayTrigger {

    private static final Logger LOG = Logger.getLogger(RelayTrigger.class);

    private final OutboxRelay relay;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ReentrantLock passing = new ReentrantLock();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("outbox-relay").daemon().factory());

    private final Counter failedPasses;

    RelayTrigger(OutboxRelay relay, MeterRegistry registry) {
        this.relay = relay;
        this.failedPasses = registry.counter("ecites.outbox.relay.failed.passes");
    }

    /** A committed transaction recorded an event. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Recorded recorded) {
        if (requested.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                // the schedule is stopping too; the row is published at the next start
            }
        }
    }

    @Scheduled(every = "${ecites.messaging.relay-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void onSchedule() {
        requested.set(true);
        drain();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }

    private void drain() {
        while (requested.get() && passing.tryLock()) {
            try {
                while (requested.getAndSet(false)) {
                    if (relay.pass()) {
                        requested.set(true);
                    }
                }
            } catch (RuntimeException e) {
                failedPasses.increment();
                LOG.warnf("outbox relay pass failed, the schedule tries again: %s", e.getMessage());
                return;
            } finally {
                passing.unlock();
            }
        }
    }
}
