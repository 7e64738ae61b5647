package org.ecites.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.ecites.infrastructure.KafkaBroker;
import org.ecites.infrastructure.Keycloak;
import org.ecites.infrastructure.ManagedProcess;
import org.ecites.infrastructure.Postgres;
import org.ecites.infrastructure.TlsMaterial;

/**
 * The whole suite on this machine: PostgreSQL, Kafka, Keycloak and the five packaged services, each
 * service a separate process with its own database. Closing it stops everything it started.
 */
public final class Suite implements AutoCloseable {

    public static final String KEYCLOAK_VERSION_DIR = "keycloak-26.5.6";
    /**
     * Only for the README's run command: the services as it packages them ({@link #localRunJar}), and what makes
     * later starts faster kept between runs (the services' ahead-of-time caches, Keycloak's database of the imported
     * realm); a test run starts the tests' packaging from nothing.
     */
    public static final String STARTUP_CACHES = "ecites.startup-caches";
    /** The onboarding service account's secret: the realm file's placeholder and the registry's setting. */
    private static final String ONBOARDING_SECRET = "ECITES_IDENTITY_CLIENT_SECRET";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final List<AutoCloseable> started = new ArrayList<>();
    private final Map<Service, String> serviceUrls = new EnumMap<>(Service.class);
    private final Path logs;
    private Keycloak keycloak;
    private Postgres postgres;
    private TlsMaterial tls;
    private int partnerPort;
    private String onboardingSecret;

    private Suite(Path logs) {
        this.logs = logs;
    }

    public static Suite start(Path repoRoot, Ports ports) {
        Path logs = repoRoot.resolve("target/local-suite/logs");
        Suite suite = new Suite(logs);
        try {
            Files.createDirectories(logs);
            suite.startAll(repoRoot, ports);
            return suite;
        } catch (IOException e) {
            suite.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    private void startAll(Path repoRoot, Ports ports) {
        boolean startupCaches = Boolean.getBoolean(STARTUP_CACHES);
        // Keycloak's kept database holds the onboarding account's secret, so the secret is kept with it
        onboardingSecret = startupCaches
                ? Secrets.kept(repoRoot.resolve("target/local-suite/identity-client-secret")) : Secrets.urlSafe();
        // the three servers do not need each other: started side by side, the slowest one sets the pace
        CompletableFuture<Postgres> database = CompletableFuture.supplyAsync(
                () -> Postgres.start(ports.postgres(), Boolean.getBoolean("ecites.durable")));
        // its own process, so that a drill can kill and restart the broker as it would a broker pod
        CompletableFuture<KafkaBroker> broker = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(ports.kafka(), ports.kafkaController(), logs,
                        startupCaches ? repoRoot.resolve("target/local-suite/kafka/classes.aot") : null));
        CompletableFuture<Keycloak> identity = CompletableFuture.supplyAsync(() -> Keycloak.start(
                repoRoot.resolve("deploy/local-stack/target/keycloak-dist").resolve(KEYCLOAK_VERSION_DIR),
                repoRoot.resolve("deploy/keycloak/ecites-realm.json"), Map.of(ONBOARDING_SECRET, onboardingSecret),
                ports.keycloak(), ports.keycloakManagement(), logs,
                startupCaches ? repoRoot.resolve("target/local-suite/keycloak") : null));
        // what the services need besides the servers is made while Kafka still starts
        CompletableFuture<Map<Service, DatabaseLogin>> serviceLogins = database.thenApply(Suite::createServiceDatabases);
        CompletableFuture<TlsMaterial> partnerCa = CompletableFuture.supplyAsync(
                () -> TlsMaterial.create(repoRoot.resolve("target/local-suite/tls")));
        Map<Service, ManagedProcess> processes;
        try {
            // the services need Keycloak only at their first request (Quarkus OIDC fetches the realm's keys then if
            // it could not at start), so they start while Keycloak still does
            keepStarted(List.of(database, broker));
            postgres = database.join();
            tls = partnerCa.join();
            partnerPort = ports.partnerTls();
            processes = launchServices(repoRoot, ports, broker.join(), serviceLogins.join(), startupCaches);
        } finally {
            keepStarted(List.of(identity));
        }
        keycloak = identity.join();
        // onboarding needs only the registry: the other services learn the Parties from its events when they are up
        ManagedProcess registry = processes.get(Service.PERMIT_REGISTRY);
        registry.awaitReady(url(Service.PERMIT_REGISTRY) + "/q/health/ready", START_TIMEOUT);
        DemoParties.onboard(url(Service.PERMIT_REGISTRY), keycloak.tokenUrl());
        processes.forEach((service, process) -> process.awaitReady(url(service) + "/q/health/ready", START_TIMEOUT));
    }

    /** A service's own role in PostgreSQL, which may connect to its database only. */
    private record DatabaseLogin(String user, String password) {
    }

    private static Map<Service, DatabaseLogin> createServiceDatabases(Postgres postgres) {
        Map<Service, DatabaseLogin> logins = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            postgres.createDatabase(service.database());
            String appRole = service.database() + "_app";
            String appPassword = Secrets.random();
            postgres.execute("create role " + appRole + " login password '" + appPassword + "'");
            postgres.execute("revoke connect on database " + service.database() + " from public");
            postgres.execute("grant connect on database " + service.database() + " to " + appRole);
            logins.put(service, new DatabaseLogin(appRole, appPassword));
        }
        return logins;
    }

    private Map<Service, ManagedProcess> launchServices(Path repoRoot, Ports ports, KafkaBroker kafka,
            Map<Service, DatabaseLogin> logins, boolean startupCaches) {
        String masterKey = Secrets.random();
        Map<Service, ManagedProcess> processes = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            Path jar = startupCaches ? localRunJar(repoRoot, service) : serviceJar(repoRoot, service);
            int port = ports.service(service);
            serviceUrls.put(service, "http://127.0.0.1:" + port);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(ServiceJvmOptions.memory(service.heap()));
            command.addAll(List.of(
                    "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                    "-Decites.db.url=" + postgres.jdbcUrl(service.database()),
                    "-Decites.db.user=" + logins.get(service).user(), "-Decites.db.owner=" + Postgres.USER,
                    "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                    "-Decites.oidc.url=" + Keycloak.realmUrl(ports.keycloak()),
                    "-Decites.identity.url=" + Keycloak.url(ports.keycloak()),
                    "-Decites.identity.temporary-passwords=false", "-Decites.log.json=false"));
            if (startupCaches) {
                // only for the README's run command: a test run starts from fresh builds and would only pay for recording
                command.addAll(ServiceJvmOptions.aheadOfTimeCache(jar));
            }
            if (service == Service.EXCHANGE) {
                command.addAll(partnerTls());
            }
            command.addAll(List.of("-jar", jar.toString()));
            processes.put(service, started(ManagedProcess.start(service.module(), command,
                    Map.of("ECITES_SIGNING_MASTER_KEY", masterKey, ONBOARDING_SECRET, onboardingSecret,
                            "ECITES_DB_PASSWORD", logins.get(service).password(),
                            "ECITES_DB_OWNER_PASSWORD", Postgres.PASSWORD,
                            "ECITES_KAFKA_PASSWORD", kafka.password(service.module()),
                            "MALLOC_ARENA_MAX", "2"), repoRoot, logs)));
        }
        return processes;
    }

    /** The exchange's mutual-TLS port for partner systems, with the local CA's server certificate. */
    private List<String> partnerTls() {
        return List.of("-Dquarkus.tls.key-store.pem.0.cert=" + tls.serverCertificate(),
                "-Dquarkus.tls.key-store.pem.0.key=" + tls.serverKey(),
                "-Dquarkus.tls.trust-store.pem.certs=" + tls.caCertificate(),
                "-Dquarkus.http.ssl-port=" + partnerPort, "-Decites.partner.public-url=" + partnerUrl());
    }

    /** Where partner systems call the exchange (EPIX SOAP, the partner API), with a certificate of {@link #tls()}. */
    public String partnerUrl() {
        return "https://localhost:" + partnerPort;
    }

    /** The local CA that partner systems' client certificates come from. */
    public TlsMaterial tls() {
        return tls;
    }

    /** The service as {@code mvn verify} packages it (fast-jar), which the tests run. */
    public static Path serviceJar(Path repoRoot, Service service) {
        return runJar(repoRoot, service, "quarkus-app");
    }

    /**
     * The service as the README's run command packages it (deploy/run-local.sh): Quarkus' aot-jar, whose classes
     * the JDK's own class loader loads, so that its ahead-of-time cache holds them loaded and linked.
     */
    public static Path localRunJar(Path repoRoot, Service service) {
        return runJar(repoRoot, service, "local-suite");
    }

    private static Path runJar(Path repoRoot, Service service, String packaging) {
        return repoRoot.resolve("services").resolve(service.module()).resolve("target").resolve(packaging)
                .resolve("quarkus-run.jar");
    }

    public String url(Service service) {
        return serviceUrls.get(service);
    }

    public Keycloak keycloak() {
        return keycloak;
    }

    /** What the registry presents as the onboarding service account: the one secret a test may steal. */
    public String onboardingSecret() {
        return onboardingSecret;
    }

    /** Stops PostgreSQL (a fast shutdown: every session ends, open transactions roll back) and starts it again. */
    public void restartPostgres() {
        postgres.stop();
        postgres.resume();
    }

    public int postgresPort() {
        return postgres.port();
    }

    public Path logs() {
        return logs;
    }

    /** Waits for the servers; each one that started is stopped with the suite, also when another failed. */
    private void keepStarted(List<? extends CompletableFuture<? extends AutoCloseable>> servers) {
        CompletableFuture.allOf(servers.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
        servers.stream().filter(server -> !server.isCompletedExceptionally()).forEach(server -> started(server.join()));
    }

    private <T extends AutoCloseable> T started(T component) {
        started.add(component);
        return component;
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("could not stop " + started.get(i) + ": " + e);
            }
        }
        started.clear();
    }
}
