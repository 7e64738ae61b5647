package org.ecites.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ecites.events.EventTopics;

/**
 * What is on the suite's topics, read from the beginning as the broker's administrator: per event type and
 * record key (the aggregate, a permit), how many records and how many distinct CloudEvents ids; and how many
 * records each dead-letter topic holds.
 */
final class TopicCounts {

    private final Map<String, Map<UUID, Set<String>>> idsByTypeAndKey = new HashMap<>();
    private final Map<String, Long> deadLetters = new TreeMap<>();
    private long records;

    private TopicCounts() {
    }

    static TopicCounts read(String bootstrapServers, String adminPassword) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put("security.protocol", "SASL_PLAINTEXT");
        properties.put("sasl.mechanism", "PLAIN");
        properties.put("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"plain-admin\" password=\"" + adminPassword + "\";");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        TopicCounts counts = new TopicCounts();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            for (String service : EventTopics.SERVICES) {
                counts.readTopic(consumer, EventTopics.eventsOf(service), false);
                counts.readTopic(consumer, EventTopics.deadLettersOf(service), true);
            }
        }
        return counts;
    }

    private void readTopic(KafkaConsumer<String, String> consumer, String topic, boolean deadLetterTopic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long count = 0;
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                count++;
                if (!deadLetterTopic && record.key() != null) {
                    records++;
                    idsByTypeAndKey.computeIfAbsent(header(record, "ce_type"), type -> new HashMap<>())
                            .computeIfAbsent(UUID.fromString(record.key()), key -> new HashSet<>())
                            .add(header(record, "ce_id"));
                }
            }
        }
        if (deadLetterTopic) {
            deadLetters.put(topic, count);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Per aggregate, how many distinct event ids of the type are on the topics. */
    Map<UUID, Integer> distinctIds(String type) {
        Map<UUID, Integer> distinct = new HashMap<>();
        idsByTypeAndKey.getOrDefault(type, Map.of()).forEach((key, ids) -> distinct.put(key, ids.size()));
        return distinct;
    }

    /** Records beyond the first of each event id: sent again and absorbed by the consumers' processed-event tables. */
    long resent() {
        long distinct = idsByTypeAndKey.values().stream().flatMap(byKey -> byKey.values().stream()).mapToLong(Set::size).sum();
        return records - distinct;
    }

    Map<String, Long> deadLetters() {
        return deadLetters;
    }
}
