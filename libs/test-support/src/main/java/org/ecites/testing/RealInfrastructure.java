package org.ecites.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real PostgreSQL server (zonky embedded binaries) and a real single-node Kafka KRaft broker (Kafka's
 * own test kit), on random loopback ports, started once per test JVM and shared by every test class.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;
    private static KafkaClusterTestKit kafka;

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            postgres = startPostgres();
            kafka = startKafka();
            Runtime.getRuntime().addShutdownHook(new Thread(RealInfrastructure::stopAll));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres",
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped by the shutdown hook.
    }

    public static String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    static KafkaClusterTestKit startKafka() {
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return cluster;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    private static void stopAll() {
        try {
            kafka.close();
            postgres.close();
        } catch (Exception e) {
            System.err.println("test infrastructure did not stop cleanly: " + e);
        }
    }
}
