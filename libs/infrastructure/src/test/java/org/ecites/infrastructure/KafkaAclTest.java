package org.ecites.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ecites.events.EventTopics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events come only from their owner: the broker refuses a write with another service's identity. */
class KafkaAclTest {

    private static Kafka kafka;

    @BeforeAll
    static void start() {
        kafka = Kafka.start();
    }

    @AfterAll
    static void stop() throws Exception {
        kafka.close();
    }

    @Test
    void aServiceWritesItsOwnTopicButNoOtherServicesTopic() throws Exception {
        String registryTopic = EventTopics.eventsOf(EventTopics.PERMIT_REGISTRY);
        send(kafka.clients().clientProperties(EventTopics.PERMIT_REGISTRY), registryTopic);

        for (String intruder : List.of(EventTopics.SIGNING, EventTopics.EXCHANGE, EventTopics.CUSTOMS_ENDORSEMENT)) {
            assertThatThrownBy(() -> send(kafka.clients().clientProperties(intruder), registryTopic))
                    .as(intruder + " writing the registry's topic").hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThatThrownBy(() -> send(kafka.clients().clientProperties(EventTopics.SIGNING),
                EventTopics.deadLettersOf(EventTopics.EXCHANGE))).hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> forged = new HashMap<>(kafka.clients().clientProperties(EventTopics.SIGNING));
        forged.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"signing\" password=\"guessed\";");
        assertThatThrownBy(() -> send(forged, EventTopics.eventsOf(EventTopics.SIGNING)))
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void everyServiceReadsEveryEventsTopic() {
        Map<String, Object> properties = new HashMap<>(kafka.clients().clientProperties(EventTopics.ANNUAL_REPORT));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, EventTopics.ANNUAL_REPORT + "-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (var consumer = new KafkaConsumer<String, String>(properties)) {
            consumer.subscribe(java.util.regex.Pattern.compile("ecites\\..+\\.events"));
            consumer.poll(Duration.ofSeconds(5));
            assertThat(consumer.subscription()).hasSize(EventTopics.SERVICES.size());
        }
    }

    private static void send(Map<String, Object> identity, String topic) throws ExecutionException, InterruptedException {
        Map<String, Object> properties = new HashMap<>(identity);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<String, String>(properties)) {
            producer.send(new ProducerRecord<>(topic, "key", "value")).get();
        }
    }
}
