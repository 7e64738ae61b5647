package org.ecites.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Keycloak from its Maven distribution, in dev mode, with the eCITES realm imported fresh at each start. */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "ecites";
    /** User name and password of the master realm's bootstrap administrator, a local server's only. */
    public static final String BOOTSTRAP_ADMIN = "admin";

    private final ManagedProcess process;
    private final int port;

    private Keycloak(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** @param realmVariables values for the realm file's {@code ${NAME}} placeholders (its secrets), from the environment */
    public static Keycloak start(Path distribution, Path realmFile, Map<String, String> realmVariables, int port,
            int managementPort, Path logDirectory) {
        try {
            deleteRecursively(distribution.resolve("data/h2"));
            Path imports = Files.createDirectories(distribution.resolve("data/import"));
            Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's data folder could not be prepared", e);
        }
        ManagedProcess process = ManagedProcess.start("keycloak", List.of(
                        distribution.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                        "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                        "--health-enabled=true"),
                environment(realmVariables),
                distribution, logDirectory);
        Keycloak keycloak = new Keycloak(process, port);
        process.awaitReady("http://127.0.0.1:" + managementPort + "/health/ready", Duration.ofMinutes(4));
        process.awaitReady(keycloak.realmUrl() + "/.well-known/openid-configuration", Duration.ofSeconds(30));
        return keycloak;
    }

    private static Map<String, String> environment(Map<String, String> realmVariables) {
        Map<String, String> environment = new HashMap<>(realmVariables);
        environment.putAll(Map.of("JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_ADMIN,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m"));
        return environment;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    @Override
    public void close() {
        process.close();
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
