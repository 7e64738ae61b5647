package org.ecites.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecites.stack.Service;
import org.ecites.stack.Suite;
import org.junit.jupiter.api.Test;

/** A packaged service started without its secrets stops at once and says which one is missing. */
class MissingSecretsIT {

    @Test
    void aServiceWithoutItsDatabasePasswordStopsAndNamesIt() throws Exception {
        String output = startWithout(Service.PERMIT_REGISTRY, List.of("-Decites.db.user=app", "-Decites.db.owner=owner",
                "-Decites.db.owner-password=x", "-Decites.kafka.password=x", "-Decites.identity.client-secret=x"));
        assertThat(output).contains("ecites.db.password");
    }

    @Test
    void signingWithoutItsMasterKeyStopsAndNamesIt() throws Exception {
        String output = startWithout(Service.SIGNING, List.of("-Decites.db.user=app", "-Decites.db.password=x",
                "-Decites.db.owner=owner", "-Decites.db.owner-password=x", "-Decites.kafka.password=x"));
        assertThat(output).contains("ECITES_SIGNING_MASTER_KEY");
    }

    @Test
    void theRegistryWithoutItsOnboardingSecretStopsAndNamesIt() throws Exception {
        String output = startWithout(Service.PERMIT_REGISTRY, List.of("-Decites.db.user=app", "-Decites.db.password=x",
                "-Decites.db.owner=owner", "-Decites.db.owner-password=x", "-Decites.kafka.password=x"));
        assertThat(output).contains("ecites.identity.client-secret");
    }

    private static String startWithout(Service service, List<String> given) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("ecites.repo.root", "../..")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dquarkus.http.port=0"));
        command.addAll(given);
        command.addAll(List.of("-jar", Suite.serviceJar(root, service).toString()));
        Path log = Files.createTempFile(service.module(), ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("ECITES_"));
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(service.module() + " kept running without its secrets");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isNotZero();
        return output;
    }
}
