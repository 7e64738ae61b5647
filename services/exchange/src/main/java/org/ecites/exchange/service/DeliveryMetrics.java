package org.ecites.exchange.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ecites.exchange.repository.Delivery;
import org.ecites.platform.tenancy.PartyScope;

/**
 * Per partner, what an SRE watches: deliveries waiting and the age of the oldest (pushes count as
 * {@code ecites.exchange.pushes} by outcome). Counted every interval, not at each scrape.
 */
@ApplicationScoped
public class DeliveryMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, double[]> pendingByPartner = new ConcurrentHashMap<>();

    DeliveryMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Scheduled(every = "${ecites.exchange.delivery.metrics-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        Instant now = clock.instant();
        List<Object[]> rows = PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> Delivery.getEntityManager()
                .createQuery("select coalesce(p.name, 'none'), count(d), min(d.createdAt) from Delivery d"
                        + " left join Partner p on p.id = d.partnerId where d.status in ('PENDING_DELIVERY', 'FAILED_DELIVERY')"
                        + " and d.route <> 'INBOX' group by p.name", Object[].class).getResultList());
        pendingByPartner.values().forEach(values -> {
            values[0] = 0;
            values[1] = 0;
        });
        for (Object[] row : rows) {
            double[] values = pendingByPartner.computeIfAbsent((String) row[0], this::register);
            values[0] = ((Number) row[1]).doubleValue();
            values[1] = Duration.between((Instant) row[2], now).toSeconds();
        }
    }

    private double[] register(String partner) {
        double[] values = new double[2];
        Gauge.builder("ecites.exchange.deliveries.waiting", values, v -> v[0]).tag("partner", partner)
                .description("deliveries pending or failed, per partner ('none': waiting to be pulled)").register(registry);
        Gauge.builder("ecites.exchange.deliveries.oldest.waiting.seconds", values, v -> v[1]).tag("partner", partner)
                .description("age of the oldest delivery still waiting").register(registry);
        return values;
    }
}
