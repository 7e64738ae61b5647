package org.ecites.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Keycloak from its Maven distribution, in dev mode, with the eCITES realm in a database of its own at each start:
 * imported fresh, or copied from the database of an earlier fresh import of the same realm.
 */
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
        return start(distribution, realmFile, realmVariables, port, managementPort, logDirectory, null);
    }

    /**
     * The same, with what makes later starts faster kept in {@code caches}: the database of a fresh import, copied in
     * at the next start with the same realm file and variables (creating Keycloak's schema and importing the realm
     * take more than half of its start: ready in about 14 s on such a copy, 30 s fresh), and for the starts on such a
     * copy the JVM's {@link AheadOfTimeCache}. The first start records the database: once ready, the server stops,
     * its database is kept, and it starts again on it.
     */
    public static Keycloak start(Path distribution, Path realmFile, Map<String, String> realmVariables, int port,
            int managementPort, Path logDirectory, Path caches) {
        Path database = distribution.resolve("data/h2");
        Path templates = caches == null ? null : caches.resolve("database");
        Path template = templates == null ? null
                : templates.resolve(fingerprint(distribution, realmFile, realmVariables));
        boolean kept = template != null && Files.isDirectory(template);
        try {
            deleteRecursively(database);
            Path imports = distribution.resolve("data/import");
            deleteRecursively(imports);
            if (kept) {
                copyRecursively(template, database);
            } else {
                Files.createDirectories(imports);
                Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's data folder could not be prepared", e);
        }
        Keycloak keycloak = launch(distribution, !kept, caches, realmVariables, port, managementPort, logDirectory);
        if (kept || template == null) {
            return keycloak;
        }
        keycloak.close();
        try {
            deleteRecursively(templates);
            copyRecursively(database, template);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak's database could not be kept in " + template, e);
        }
        return launch(distribution, false, caches, realmVariables, port, managementPort, logDirectory);
    }

    /**
     * @param importRealm whether to import the realm file; on a kept database that holds the realm it is not asked
     *                    for, as Keycloak would read and check the whole file (seconds of its start) only to skip it
     * @param caches      where the class cache is kept, or null; a realm import would only record its one-off work
     *                    in it, so only launches without one use it
     */
    private static Keycloak launch(Path distribution, boolean importRealm, Path caches,
            Map<String, String> realmVariables, int port, int managementPort, Path logDirectory) {
        List<String> command = new ArrayList<>(List.of(distribution.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--health-enabled=true"));
        List<String> jvmOptions = List.of();
        if (importRealm) {
            command.add("--import-realm");
        } else if (caches != null) {
            jvmOptions = AheadOfTimeCache.jvmOptions(caches.resolve("classes.aot"),
                    List.of(distribution.resolve("lib/quarkus/generated-bytecode.jar")));
        }
        ManagedProcess process = ManagedProcess.start("keycloak", command, environment(realmVariables, jvmOptions),
                distribution, logDirectory);
        Keycloak keycloak = new Keycloak(process, port);
        process.awaitReady("http://127.0.0.1:" + managementPort + "/health/ready", Duration.ofMinutes(4));
        process.awaitReady(keycloak.realmUrl() + "/.well-known/openid-configuration", Duration.ofSeconds(30));
        return keycloak;
    }

    /** Names what a kept database holds: the distribution, the realm file and the values put into it. */
    private static String fingerprint(Path distribution, Path realmFile, Map<String, String> realmVariables) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(distribution.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(realmFile));
            new TreeMap<>(realmVariables).forEach((name, value) ->
                    digest.update(("\n" + name + "=" + value).getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + realmFile, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> environment(Map<String, String> realmVariables, List<String> jvmOptions) {
        // a local Keycloak issues a handful of tokens. On JDK 24+ its thread pool resets thread locals only with
        // java.lang opened (else its threads die)
        List<String> javaOptions = new ArrayList<>(List.of(ManagedProcess.QUICK_COMPILER_ONLY,
                "--add-opens=java.base/java.lang=ALL-UNNAMED"));
        javaOptions.addAll(jvmOptions);
        Map<String, String> environment = new HashMap<>(realmVariables);
        environment.putAll(Map.of("JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", BOOTSTRAP_ADMIN,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m", "JAVA_OPTS_APPEND", String.join(" ", javaOptions)));
        return environment;
    }

    /** Where a Keycloak on this port answers: known before it has started. */
    public static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    public static String realmUrl(int port) {
        return url(port) + "/realms/" + REALM;
    }

    public String url() {
        return url(port);
    }

    public String realmUrl() {
        return realmUrl(port);
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    @Override
    public void close() {
        process.close();
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
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
