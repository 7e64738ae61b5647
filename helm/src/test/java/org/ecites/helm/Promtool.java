package org.ecites.helm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own rule checker and unit-test runner. Where the machine has none (deploy/tools/promtool.sh
 * fetches it from Debian's packages), the checks that need it are reported as skipped, never as passed.
 */
final class Promtool {

    private Promtool() {
    }

    static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Path require() {
        Optional<Path> promtool = find();
        assumeTrue(promtool.isPresent(), "promtool is not on PATH: source deploy/tools/promtool.sh (Debian's "
                + "prometheus package) to run this check; it is skipped, not passed");
        return promtool.get();
    }

    /** Runs promtool with these arguments in a folder; the exit code and everything it printed. */
    static Result run(Path workingDirectory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(require().toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("promtool did not finish within a minute");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
