package org.ecites.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecites.events.EventTopics;
import org.ecites.platform.config.MessagingConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Takes this service's dead letters back, in order, through the same dispatcher as live events (so a
 * letter that was applied meanwhile is skipped by its id), and keeps their number as a metric. The replay
 * group's committed offsets mark what was taken back. A letter that fails again is written to the end of
 * the dead-letter topic with its new reason before it is passed, so no letter is ever lost and none
 * blocks the ones behind it.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    static final String ORIGINAL_TOPIC = "dead-letter-topic";
    private static final String REASON = "dead-letter-reason";

    private final EventDispatcher dispatcher;
    private final Map<String, Object> kafka;
    private final MessagingConfig config;
    private final String topic;
    private final String group;
    private final AtomicLong pending = new AtomicLong();
    private Admin admin;

    DeadLetterReplay(EventDispatcher dispatcher, @Identifier("default-kafka-broker") Map<String, Object> kafka,
            MessagingConfig config, @ConfigProperty(name = "quarkus.application.name") String service,
            MeterRegistry registry) {
        this.dispatcher = dispatcher;
        this.kafka = kafka;
        this.config = config;
        this.topic = EventTopics.deadLettersOf(service);
        this.group = service + "-dlq-replay";
        registry.gauge("ecites.events.dead-letters.pending", pending);
    }

    /** @param failedAgain the letters that still fail, kept at the end of the topic; their reasons, 20 at most */
    public record Report(String topic, long replayed, long failedAgain, long remaining, List<String> reasons) {
    }

    public synchronized Report replay() {
        long replayed = 0;
        List<String> reasons = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties());
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
            partitions.forEach(p -> {
                OffsetAndMetadata offset = committed.get(p);
                if (offset == null) {
                    consumer.seekToBeginning(List.of(p));
                } else {
                    consumer.seek(p, offset.offset());
                }
            });
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long taken = 0;
            while (taken < config.replayBatchSize() && !atEnd(consumer, ends)) {
                for (ConsumerRecord<String, String> letter : consumer.poll(Duration.ofMillis(500))) {
                    if (letter.offset() >= ends.get(new TopicPartition(topic, letter.partition()))) {
                        continue; // kept back by this replay itself
                    }
                    try {
                        dispatcher.dispatch(CloudEventHeaders.text(letter.headers(), ORIGINAL_TOPIC), letter.headers(),
                                letter.value());
                        replayed++;
                    } catch (RuntimeException e) {
                        keepBack(producer, letter, e);
                        if (reasons.size() < 20) {
                            reasons.add(letter.partition() + "@" + letter.offset() + ": " + e.getMessage());
                        }
                    }
                    consumer.commitSync(Map.of(new TopicPartition(topic, letter.partition()),
                            new OffsetAndMetadata(letter.offset() + 1)));
                    taken++;
                }
            }
            return new Report(topic, replayed, taken - replayed, refreshPending(), reasons);
        }
    }

    private void keepBack(KafkaProducer<String, String> producer, ConsumerRecord<String, String> letter,
            RuntimeException failure) {
        ProducerRecord<String, String> again = new ProducerRecord<>(topic, null, letter.key(), letter.value(),
                letter.headers());
        again.headers().remove(REASON);
        again.headers().add(REASON, String.valueOf(failure.getMessage()).getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(again).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("a dead letter that failed again could not be kept; replay stopped", e);
        }
        LOG.warnf("dead letter %s-%d@%d still fails and was kept: %s", topic, letter.partition(), letter.offset(),
                failure.getMessage());
    }

    private static boolean atEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    @Scheduled(every = "${ecites.messaging.dead-letter-count-interval}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void countPending() {
        refreshPending();
    }

    /** Dead letters not yet taken back: what the replay group has not committed. */
    private long refreshPending() {
        try {
            Admin client = admin();
            Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            client.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            long count = 0;
            for (var end : client.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                count += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            pending.set(count);
        } catch (Exception e) {
            LOG.debugf("dead letters of %s not counted: %s", topic, e.getMessage());
        }
        return pending.get();
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(new HashMap<>(kafka));
        }
        return admin;
    }

    private Map<String, Object> producerProperties() {
        Map<String, Object> properties = new HashMap<>(kafka);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return properties;
    }

    private Map<String, Object> consumerProperties() {
        Map<String, Object> properties = new HashMap<>(kafka);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
