package org.ecites.infrastructure;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.test.JaasUtils;

/**
 * A real single-node Apache Kafka broker in KRaft mode in a process of its own: Kafka's {@code kafka.Kafka}
 * main from the jars on this JVM's class path, on fixed loopback ports, its log in a folder that outlives the
 * process. So a fault drill can kill it with SIGKILL and start the same command again on the same data, as it
 * would a broker pod. Security is {@link Kafka}'s: a SCRAM-SHA-512 principal per service with its ACLs, topics
 * created here, a PLAIN super user (random password) for administration and the controller link.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    /** The launcher's logging settings sit in a class path folder, which the broker's class path leaves out. */
    private static final String LOG_LEVEL = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";
    private static final String LOG_TIME = "-Dorg.slf4j.simpleLogger.showDateTime=true";

    private final ManagedProcess process;
    private final Kafka.Clients clients;
    private final Path home;

    private KafkaBroker(ManagedProcess process, Kafka.Clients clients, Path home) {
        this.process = process;
        this.clients = clients;
        this.home = home;
    }

    /**
     * Formats a fresh log in a new temporary folder and starts the broker on {@code port} (its controller on
     * {@code controllerPort}), then creates the suite's topics, principals and ACLs.
     *
     * @param classCache the broker's {@link AheadOfTimeCache}, or null for none
     */
    public static KafkaBroker start(int port, int controllerPort, Path logs, Path classCache) {
        String adminPassword = Kafka.randomPassword();
        Kafka.Clients clients = new Kafka.Clients("127.0.0.1:" + port, Kafka.servicePasswords(), adminPassword);
        try {
            Path home = Files.createTempDirectory("ecites-kafka");
            Path config = home.resolve("server.properties");
            Files.writeString(config, serverProperties(home.resolve("log"), port, controllerPort, adminPassword));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // the broker runs in its own folder, so relative class path entries would point elsewhere; Kafka is all
            // in jars, and only jars leave the class path fit for an ahead-of-time cache
            List<Path> jars = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> entry.endsWith(".jar")).map(entry -> Path.of(entry).toAbsolutePath()).toList();
            String classPath = jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
            format(List.of(java, ManagedProcess.QUICK_COMPILER_ONLY, LOG_LEVEL, LOG_TIME, "-cp", classPath,
                    "kafka.tools.StorageTool", "format", "--cluster-id", Uuid.randomUuid().toString(),
                    "--config", config.toString()), home, logs);
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseG1GC", LOG_LEVEL, LOG_TIME));
            if (classCache != null) {
                command.addAll(AheadOfTimeCache.jvmOptions(classCache, jars));
            }
            command.addAll(List.of("-cp", classPath, "kafka.Kafka", config.toString()));
            ManagedProcess process = ManagedProcess.start("kafka", command, Map.of(), home, logs);
            KafkaBroker broker = new KafkaBroker(process, clients, home);
            broker.awaitReady();
            Kafka.provision(clients);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka could not be set up", e);
        }
    }

    private static void format(List<String> command, Path home, Path logs) {
        try {
            Process format = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(logs.resolve("kafka-format.log").toFile()).start();
            if (!format.waitFor(1, TimeUnit.MINUTES) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Kafka's log could not be formatted; see " + logs.resolve("kafka-format.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka's storage tool did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka's log", e);
        }
    }

    /** Waits until the broker answers its administrator, failing early if the process dies. */
    private void awaitReady() {
        Instant end = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(end)) {
            process.requireAlive();
            try (Admin admin = Admin.create(clients.adminProperties())) {
                admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                // not listening or not elected yet
            }
        }
        throw new IllegalStateException("Kafka was not ready within " + START_TIMEOUT + "; see " + home);
    }

    private static String serverProperties(Path log, int port, int controllerPort, String adminPassword) {
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + JaasUtils.KAFKA_PLAIN_ADMIN + "\" password=\"" + adminPassword + "\" user_"
                + JaasUtils.KAFKA_PLAIN_ADMIN + "=\"" + adminPassword + "\";";
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=EXTERNAL://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=EXTERNAL://127.0.0.1:" + port,
                "listener.security.protocol.map=EXTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "inter.broker.listener.name=EXTERNAL",
                "controller.listener.names=CONTROLLER",
                "sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-512",
                "sasl.mechanism.inter.broker.protocol=PLAIN",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.external.plain.sasl.jaas.config=" + plain,
                "listener.name.external.scram-sha-512.sasl.jaas.config="
                        + "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=" + plain,
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + JaasUtils.KAFKA_PLAIN_ADMIN,
                "allow.everyone.if.no.acl.found=false",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.dirs=" + log,
                "");
    }

    public String bootstrapServers() {
        return clients.bootstrapServers();
    }

    public String password(String service) {
        return clients.passwords().get(service);
    }

    @Override
    public void close() throws IOException {
        process.close();
        TemporaryFolders.delete(home);
    }
}
