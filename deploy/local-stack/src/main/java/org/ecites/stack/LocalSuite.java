package org.ecites.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/** The README's run command: starts the whole suite on embedded defaults and keeps it up until Ctrl-C. */
public final class LocalSuite {

    private LocalSuite() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(System.getProperty("ecites.repo.root", ".")).toAbsolutePath().normalize();
        for (Service service : Service.values()) {
            if (!Files.exists(Suite.localRunJar(root, service))) {
                System.err.println("Service " + service.module() + " is not built: run deploy/run-local.sh");
                System.exit(2);
            }
        }
        Instant start = Instant.now();
        System.out.println("Starting PostgreSQL, Kafka, Keycloak and the five services ...");
        Suite suite = Suite.start(root, Ports.standard());
        // Stop on the signal itself, before shutdown hooks run: Kafka's own hooks would otherwise delete
        // its log folder under the running broker, which then halts the JVM and orphans the services.
        CountDownLatch stopRequested = new CountDownLatch(1);
        Signal.handle(new Signal("INT"), signal -> stopRequested.countDown());
        Signal.handle(new Signal("TERM"), signal -> stopRequested.countDown());
        // a fault drill's restart of PostgreSQL (deploy/drills/restart-postgres.sh): the suite holds the
        // server's data directory lock, so the suite is the one to stop and start it. Not on SIGHUP: a suite
        // started under nohup or from a script's background job inherits it ignored, and the JVM keeps it so.
        Signal.handle(new Signal("USR1"), signal -> Thread.ofPlatform().start(suite::restartPostgres));
        printBanner(suite, Duration.between(start, Instant.now()));
        stopRequested.await();
        System.out.println("Stopping the suite ...");
        suite.close();
        System.out.println("Stopped.");
        System.exit(0);
    }

    private static void printBanner(Suite suite, Duration startup) {
        StringBuilder text = new StringBuilder("\n  cloud eCITES is running\n\n");
        for (Service service : Service.values()) {
            text.append(String.format("  %-20s %s   (OpenAPI: %s/q/openapi, health: %s/q/health)%n",
                    service.module(), suite.url(service), suite.url(service), suite.url(service)));
        }
        text.append(String.format("  %-20s %s   (admin console: admin / admin)%n", "keycloak", suite.keycloak().url()))
                .append(String.format("  %-20s 127.0.0.1:%d   (user postgres / postgres, one database per service)%n",
                        "postgresql", suite.postgresPort()))
                .append(String.format("  %-20s %s   (EPIX SOAP at /soap/CitesDataExchange?wsdl; client certificates%n"
                        + "  %-20s from the CA in %s: register them with POST /api/v1/partners on exchange)%n",
                        "partner TLS", suite.partnerUrl(), "", suite.tls().caCertificate().getParent()))
                .append(String.format("  %-20s %s%n%n", "logs", suite.logs()))
                .append("  Demo users (password = user name): ch-officer, ch-customs, ch-applicant, ch-admin (Switzerland),\n")
                .append("  no-officer, no-customs, no-admin (Norway), cites-secretariat, ops-admin (onboards Parties:\n")
                .append("  POST /api/v1/parties on permit-registry). Switzerland and Norway were onboarded at start.\n")
                .append("  A token: curl -s ").append(suite.keycloak().tokenUrl())
                .append(" -d grant_type=password -d client_id=ecites-web -d username=ch-officer -d password=ch-officer\n\n")
                .append("READY in ").append(startup.toSeconds()).append(" s. Press Ctrl-C to stop everything.\n");
        System.out.print(text);
    }
}
