package org.ecites.infrastructure;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.ecites.events.EventTopics;

/**
 * A real single-node Apache Kafka broker in KRaft mode, run in this JVM by Kafka's own cluster kit, with
 * authentication and authorization always on: every service is a SCRAM-SHA-512 principal of its own name
 * whose ACLs let it write only its own events and dead-letter topics and read the events of all. Topics
 * are created here, never by a client. The kit's PLAIN super user administers the broker.
 */
public final class Kafka implements AutoCloseable {

    private static final String SCRAM = "SCRAM-SHA-512";
    private static final String LISTENER = "EXTERNAL";
    private static final int PARTITIONS = 3;

    private final KafkaClusterTestKit cluster;
    private final Map<String, String> passwords;

    private Kafka(KafkaClusterTestKit cluster, Map<String, String> passwords) {
        this.cluster = cluster;
        this.passwords = passwords;
    }

    /** Starts the broker with a random password for each service of the suite. */
    public static Kafka start() {
        Kafka kafka = new Kafka(startCluster(), servicePasswords());
        provision(kafka.clients());
        return kafka;
    }

    /** A random password for each service of the suite. */
    static Map<String, String> servicePasswords() {
        Map<String, String> passwords = new HashMap<>();
        EventTopics.SERVICES.forEach(service -> passwords.put(service, randomPassword()));
        return Map.copyOf(passwords);
    }

    private static KafkaClusterTestKit startCluster() {
        // The broker shares this JVM, so a broker failure must not end it as Kafka's default procedures
        // would: at JVM exit Kafka's own hook deletes the broker's folder under it, and a halt then turns
        // a finished test run into a failed one.
        Exit.Procedure report = (status, message) -> System.err.println("Kafka broker asked to stop the JVM ("
                + status + "): " + message);
        Exit.setHaltProcedure(report);
        Exit.setExitProcedure(report);
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                    .setBrokerListenerName(new ListenerName(LISTENER))
                    .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                    .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT).build())
                    .setConfigProp("sasl.enabled.mechanisms", "PLAIN," + SCRAM)
                    .setConfigProp("listener.name." + LISTENER.toLowerCase() + "." + SCRAM.toLowerCase()
                            + ".sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                    .setConfigProp("allow.everyone.if.no.acl.found", "false")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return cluster;
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not start", e);
        }
    }

    /** Topics, SCRAM credentials and ACLs, as Strimzi's KafkaTopics and KafkaUsers give them in production. */
    static void provision(Clients clients) {
        try (Admin admin = Admin.create(clients.adminProperties())) {
            List<NewTopic> topics = new ArrayList<>();
            List<UserScramCredentialUpsertion> users = new ArrayList<>();
            List<AclBinding> acls = new ArrayList<>();
            for (String service : EventTopics.SERVICES) {
                topics.add(new NewTopic(EventTopics.eventsOf(service), PARTITIONS, (short) 1));
                topics.add(new NewTopic(EventTopics.deadLettersOf(service), PARTITIONS, (short) 1));
                users.add(new UserScramCredentialUpsertion(service,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), clients.passwords().get(service)));
                acls.addAll(ServiceAcls.of(service));
            }
            admin.createTopics(topics).all().get();
            admin.alterUserScramCredentials(new ArrayList<>(users)).all().get();
            admin.createAcls(acls).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("Kafka topics, users and ACLs could not be set up", e);
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** What clients need to reach this broker as a service or as its administrator. */
    public Clients clients() {
        return new Clients(bootstrapServers(), passwords);
    }

    public String password(String service) {
        return passwords.get(service);
    }

    /**
     * The broker's address and every service's password: all a client needs, and all that must be handed
     * on to code that did not start the broker (a test application restarted in a new class loader).
     */
    public record Clients(String bootstrapServers, Map<String, String> passwords, String adminPassword) {

        /** A broker of Kafka's cluster kit, whose super user has the kit's fixed password. */
        public Clients(String bootstrapServers, Map<String, String> passwords) {
            this(bootstrapServers, passwords, JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD);
        }

        /** What a client needs to act as one service: its SCRAM credentials. */
        public Map<String, Object> clientProperties(String service) {
            String password = passwords.get(service);
            if (password == null) {
                throw new IllegalArgumentException("no Kafka identity for " + service);
            }
            return credentials(SCRAM, "org.apache.kafka.common.security.scram.ScramLoginModule", service, password);
        }

        /** The broker's super user, for setting it up and for tests that read every topic. */
        public Map<String, Object> adminProperties() {
            return credentials("PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule",
                    JaasUtils.KAFKA_PLAIN_ADMIN, adminPassword);
        }

        private Map<String, Object> credentials(String mechanism, String module, String user, String password) {
            return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name,
                    SaslConfigs.SASL_MECHANISM, mechanism,
                    SaslConfigs.SASL_JAAS_CONFIG, module + " required username=\"" + user + "\" password=\""
                            + password + "\";");
        }
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }

    /**
     * The ACLs of one service principal: least privilege for an outbox producer and a tolerant consumer. The
     * Helm chart's Strimzi KafkaUsers carry the same (its tests compare them).
     */
    public static final class ServiceAcls {

        private ServiceAcls() {
        }

        public static List<AclBinding> of(String service) {
            String principal = "User:" + service;
            List<AclBinding> acls = new ArrayList<>();
            acls.add(allow(principal, ResourceType.TOPIC, EventTopics.eventsOf(service), PatternType.LITERAL,
                    AclOperation.WRITE));
            for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.READ)) {
                acls.add(allow(principal, ResourceType.TOPIC, EventTopics.deadLettersOf(service), PatternType.LITERAL,
                        operation));
            }
            for (String producer : EventTopics.SERVICES) {
                acls.add(allow(principal, ResourceType.TOPIC, EventTopics.eventsOf(producer), PatternType.LITERAL,
                        AclOperation.READ));
            }
            acls.add(allow(principal, ResourceType.GROUP, service, PatternType.PREFIXED, AclOperation.READ));
            acls.add(allow(principal, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL,
                    AclOperation.IDEMPOTENT_WRITE));
            return acls;
        }

        private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern,
                AclOperation operation) {
            return new AclBinding(new ResourcePattern(type, name, pattern),
                    new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
        }
    }
}
