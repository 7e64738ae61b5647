package org.ecites.platform.inbox;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecites.platform.tenancy.PartyScope;
import org.jboss.logging.Logger;

/**
 * Applies the events of one poll together: one transaction, each event under its own Party, so a busy consumer
 * pays for a transaction, its durable commit and the hand-over from Kafka once a poll instead of once an event.
 * When any event of the batch fails, the transaction rolls back whole and each event is then applied on its own,
 * as a single one always is (retries with back-off, then the dead-letter topic): batching changes the cost of
 * applying events, never the outcome.
 */
@ApplicationScoped
public class EventBatches {

    private static final Logger LOG = Logger.getLogger(EventBatches.class);

    private record Numbered(int index, String key, HandledEvent event) {

        String party() {
            return event.tenant();
        }
    }

    private final EventDispatcher dispatcher;
    private final ProcessedEvents processedEvents;
    private final MeterRegistry registry;
    private final DistributionSummary sizes;

    EventBatches(EventDispatcher dispatcher, ProcessedEvents processedEvents, MeterRegistry registry) {
        this.dispatcher = dispatcher;
        this.processedEvents = processedEvents;
        this.registry = registry;
        this.sizes = DistributionSummary.builder("ecites.events.batch.size")
                .description("events applied in one transaction").register(registry);
    }

    /** @return the failure of each record that could not be applied, by its place in the batch; the rest are applied */
    public Map<Integer, RuntimeException> dispatch(List<KafkaRecord<String, String>> records) {
        Map<Integer, RuntimeException> failures = new TreeMap<>();
        List<Numbered> handled = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            KafkaRecord<String, String> record = records.get(i);
            try {
                int index = i;
                dispatcher.handled(record.getTopic(), record.getHeaders(), record.getPayload())
                        .ifPresent(event -> handled.add(new Numbered(index, record.getKey(), event)));
            } catch (RuntimeException e) { // unreadable: it fails alone, never its batch
                failures.put(i, e);
            }
        }
        if (handled.size() > 1 && appliedTogether(groupedByParty(handled))) {
            return failures;
        }
        for (Numbered each : handled) {
            try {
                dispatcher.applyWithRetries(each.event());
                sizes.record(1);
            } catch (RuntimeException e) {
                failures.put(each.index(), e);
            }
        }
        return failures;
    }

    /**
     * The events of each Party together, in their order, so that the transaction switches Party (a flush and a
     * round trip) once a Party instead of once an event, and a Party's rows go out in one JDBC batch. Only events
     * of different documents (Kafka keys) change places: no producer promises an order between documents;
     * when one document's events belong to more than one Party, the batch keeps its order.
     */
    private static List<Numbered> groupedByParty(List<Numbered> events) {
        Map<String, String> partyOfKey = new HashMap<>();
        for (Numbered event : events) {
            String earlier = partyOfKey.putIfAbsent(String.valueOf(event.key()), event.party());
            if (earlier != null && !earlier.equals(event.party())) {
                return events;
            }
        }
        Map<String, List<Numbered>> byParty = new LinkedHashMap<>();
        events.forEach(event -> byParty.computeIfAbsent(event.party(), party -> new ArrayList<>()).add(event));
        return byParty.values().stream().flatMap(List::stream).toList();
    }

    private boolean appliedTogether(List<Numbered> handled) {
        try {
            PartyScope.inOneTransaction(handled, each -> each.event().tenant(),
                    each -> each.event().applyOnce(processedEvents));
        } catch (RuntimeException e) {
            registry.counter("ecites.events.batches.split").increment();
            LOG.infof("%d events failed together; each is now applied on its own: %s", handled.size(), e);
            return false;
        }
        sizes.record(handled.size());
        handled.forEach(each -> dispatcher.processed(each.event()));
        return true;
    }
}
