package org.ecites.exchange.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ecites.exchange.config.DeliveryConfig;
import org.ecites.exchange.repository.Delivery;
import org.ecites.exchange.repository.DeliveryHistory;
import org.ecites.exchange.repository.DeliveryMessage;
import org.ecites.exchange.repository.DeliveryStatus;
import org.ecites.exchange.repository.Partner;
import org.ecites.exchange.repository.PartnerProtocol;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.tenancy.PartyScope;

/**
 * Pushes due deliveries to partners: takes a batch under a lease (so replicas share the work), sends
 * each outside any transaction, then records the outcome. A failure is retried with exponential back-off
 * until the attempts run out, when the delivery is FailedDelivery and waits for an operator's retry.
 */
@ApplicationScoped
public class PartnerPusher {

    private final PartnerClient client;
    private final DeliveryConfig config;
    private final MeterRegistry registry;
    private final Clock clock;

    PartnerPusher(PartnerClient client, DeliveryConfig config, MeterRegistry registry, Clock clock) {
        this.client = client;
        this.config = config;
        this.registry = registry;
        this.clock = clock;
    }

    @Scheduled(every = "${ecites.exchange.delivery.push-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pushDue() {
        for (Push push : claim()) {
            PushOutcome outcome = push.endpoint() == null
                    ? PushOutcome.failed(true, "the partner was retired or has no endpoint")
                    : client.push(push.partnerId(), push.protocol(), push.endpoint(), push.deliveryId(), push.message(),
                            push.payload());
            record(push, outcome);
        }
    }

    private List<Push> claim() {
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> {
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<Delivery> due = Delivery.getEntityManager().createNativeQuery("select * from delivery"
                    + " where status = 'PENDING_DELIVERY' and route = 'PUSH' and next_attempt_at <= :now"
                    + " order by next_attempt_at limit :batch for update skip locked", Delivery.class)
                    .setParameter("now", now).setParameter("batch", config.batchSize()).getResultList();
            List<Push> pushes = new ArrayList<>();
            for (Delivery delivery : due) {
                delivery.nextAttemptAt = now.plus(config.lease());
                Partner partner = delivery.partnerId == null ? null : Partner.findById(delivery.partnerId);
                pushes.add(new Push(delivery.id, delivery.partnerId, partner == null ? null : partner.protocol,
                        partner == null || !partner.active ? null : partner.endpoint,
                        partner == null ? "none" : partner.name, delivery.message, delivery.payload));
            }
            return pushes;
        });
    }

    private void record(Push push, PushOutcome outcome) {
        PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> {
            Delivery delivery = Delivery.findById(push.deliveryId());
            Instant now = clock.instant();
            if (!outcome.tried()) {
                delivery.nextAttemptAt = now.plus(config.circuitDelay());
                return;
            }
            delivery.attempts++;
            if (outcome.delivered()) {
                delivery.status = outcome.warnings() == null ? DeliveryStatus.DELIVERED : DeliveryStatus.DELIVERED_WITH_WARNINGS;
                delivery.reason = outcome.warnings();
                delivery.deliveredAt = now;
                delivery.nextAttemptAt = null;
            } else if (outcome.permanent() || delivery.attempts >= config.maxAttempts()) {
                delivery.status = DeliveryStatus.FAILED_DELIVERY;
                delivery.reason = outcome.detail();
                delivery.nextAttemptAt = null;
            } else {
                delivery.reason = outcome.detail();
                delivery.nextAttemptAt = now.plus(backoff(delivery.attempts));
            }
            DeliveryHistory.record(delivery, now, delivery.status.name(), "attempt " + delivery.attempts + " to "
                    + push.partnerName() + ": " + outcome.detail());
            registry.counter("ecites.exchange.pushes", "partner", push.partnerName(), "outcome",
                    outcome.delivered() ? "delivered" : "failed").increment();
        });
    }

    /** An operator sends a failed delivery again, from a first attempt, once the partner is back. */
    public Delivery retry(UUID deliveryId, String operator) {
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> {
            Delivery delivery = Delivery.<Delivery>findByIdOptional(deliveryId)
                    .orElseThrow(() -> ProblemException.notFound("no delivery " + deliveryId));
            if (delivery.status != DeliveryStatus.FAILED_DELIVERY) {
                throw ProblemException.conflict("delivery " + deliveryId + " is " + delivery.status
                        + "; only a FAILED_DELIVERY is retried");
            }
            delivery.status = DeliveryStatus.PENDING_DELIVERY;
            delivery.attempts = 0;
            delivery.nextAttemptAt = clock.instant();
            DeliveryHistory.record(delivery, delivery.nextAttemptAt, delivery.status.name(), "retried by " + operator);
            return delivery;
        });
    }

    private Duration backoff(int attempts) {
        Duration pause = config.backoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return pause.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : pause;
    }

    /** A retired partner has no endpoint: the push fails at once and waits for an operator. */
    private record Push(UUID deliveryId, UUID partnerId, PartnerProtocol protocol, String endpoint, String partnerName,
            DeliveryMessage message, String payload) {
    }
}
