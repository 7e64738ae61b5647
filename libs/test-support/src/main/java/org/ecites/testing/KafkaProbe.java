package org.ecites.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.EventPayload;

/**
 * Writes and reads CloudEvents on the test broker the way the services do, to drive and observe them.
 * An event is published as the service that owns its type, with that service's credentials, so the
 * broker's ACLs hold in tests as in production; reading uses the broker's administrator.
 */
public final class KafkaProbe {

    private KafkaProbe() {
    }

    /** Publishes an event in CloudEvents binary mode, with the given id so a test can send it twice. */
    public static void publish(UUID eventId, String tenant, EventPayload payload) {
        EventType type = EventType.of(payload);
        publishAs(type.producer(), type.topic(), payload.aggregateId().toString(),
                headers(eventId, type, payload.subject(), tenant), EventJson.encode(payload));
    }

    /** The CloudEvents binary-mode headers of an event, for a test that writes the record itself. */
    public static Map<String, String> headers(UUID eventId, EventType type, String subject, String tenant) {
        return Map.of("ce_specversion", "1.0", "ce_id", eventId.toString(), "ce_source", "urn:ecites:test",
                "ce_type", type.cloudEventType(), "ce_subject", subject, "ce_tenant", tenant,
                "content-type", "application/json");
    }

    /** Publishes a record as {@code service} (a Kafka principal) to {@code topic}, which its ACLs may refuse. */
    public static void publishAs(String service, String topic, String key, Map<String, String> headers, String value) {
        try (var producer = producer(service)) {
            producer.send(record(topic, key, headers, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to the test broker", e);
        }
    }

    /** An event of {@link #publishTogether}: its Party and payload, with an id of its own. */
    public record Event(String tenant, EventPayload payload) {
    }

    /**
     * Publishes events of one producing service in one go, as a busy relay does: they reach the broker in one
     * request, so a consumer polls them together.
     */
    public static void publishTogether(List<Event> events) {
        String service = EventType.of(events.get(0).payload()).producer();
        try (var producer = producer(service)) {
            for (Event event : events) {
                EventType type = EventType.of(event.payload());
                if (!type.producer().equals(service)) {
                    throw new IllegalArgumentException(type + " is not published by " + service);
                }
                producer.send(record(type.topic(), event.payload().aggregateId().toString(),
                        headers(UUID.randomUUID(), type, event.payload().subject(), event.tenant()),
                        EventJson.encode(event.payload())));
            }
            producer.flush();
        }
    }

    private static KafkaProducer<String, String> producer(String service) {
        Map<String, Object> properties = new HashMap<>(RealInfrastructure.kafka().clientProperties(service));
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return new KafkaProducer<>(properties);
    }

    private static ProducerRecord<String, String> record(String topic, String key, Map<String, String> headers,
            String value) {
        var record = new ProducerRecord<String, String>(topic, key, value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** The first record of the topic, read from the start, that matches; fails after the timeout. */
    public static ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        return collect(topic, match, timeout, Duration.ZERO).stream().findFirst().orElseThrow(
                () -> new AssertionError("no matching record on " + topic + " within " + timeout));
    }

    /**
     * Every matching record of the topic, read from the start: waits up to the timeout for the first,
     * then keeps reading for the quiet period, so that a duplicate sent late is caught too.
     */
    public static List<ConsumerRecord<String, String>> collect(String topic,
            Predicate<ConsumerRecord<String, String>> match, Duration timeout, Duration quietPeriod) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Instant end = Instant.now().plus(timeout);
        try (var consumer = consumer(topic)) {
            while (Instant.now().isBefore(end)) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        if (found.isEmpty()) {
                            end = Instant.now().plus(quietPeriod);
                        }
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, String> consumer(String topic) {
        Map<String, Object> properties = new HashMap<>(RealInfrastructure.kafka().adminProperties());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        var consumer = new KafkaConsumer<String, String>(properties);
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}
