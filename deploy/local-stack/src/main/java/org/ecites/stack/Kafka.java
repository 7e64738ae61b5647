package org.ecites.stack;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real single-node Apache Kafka broker in KRaft mode, run in this JVM by Kafka's own cluster kit. */
public final class Kafka implements AutoCloseable {

    private final KafkaClusterTestKit cluster;

    private Kafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static Kafka start() {
        // The broker shares this JVM, so a broker failure must not end it as Kafka's default procedures
        // would: at JVM exit Kafka's own hook deletes the broker's folder under it, and a halt then turns
        // a finished test run into a failed one.
        Exit.Procedure report = (status, message) -> System.err.println("Kafka broker asked to stop the JVM ("
                + status + "): " + message);
        Exit.setHaltProcedure(report);
        Exit.setExitProcedure(report);
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
            return new Kafka(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
