package org.ecites.signing.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ecites.signing.repository.PublishedTrustList;
import org.ecites.signing.repository.SigningKey;

/**
 * What SREs must see before verifiers do: how long the published trust list stays valid, and when each
 * Party's active signing certificate expires (one gauge a Party: a bounded label). Read from the database
 * on a schedule, so every replica reports the same.
 */
@ApplicationScoped
public class SigningMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicLong trustListExpiry = new AtomicLong();
    private final Map<String, AtomicLong> certificateExpiry = new ConcurrentHashMap<>();

    SigningMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        Gauge.builder("ecites.signing.trust.list.expiry.seconds", trustListExpiry, AtomicLong::get)
                .description("seconds until the newest published trust list's next-update time").register(registry);
    }

    @Scheduled(every = "${ecites.signing.metrics-interval:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void measure() {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            PublishedTrustList.latest().ifPresent(list ->
                    trustListExpiry.set(Duration.between(now, list.nextUpdate).toSeconds()));
            List<SigningKey> active = SigningKey.list("active = true and certificate is not null");
            for (SigningKey key : active) {
                certificateExpiry.computeIfAbsent(key.party, this::register)
                        .set(Duration.between(now, key.notAfter).toSeconds());
            }
        });
    }

    private AtomicLong register(String party) {
        AtomicLong seconds = new AtomicLong();
        Gauge.builder("ecites.signing.certificate.expiry.seconds", seconds, AtomicLong::get).tag("party", party)
                .description("seconds until the Party's active signing certificate expires").register(registry);
        return seconds;
    }

    /** A permit its Party's key could not sign (the event is retried, then dead-lettered). */
    public void signingFailed(String party) {
        registry.counter("ecites.signing.failures", "party", party).increment();
    }
}
