package org.ecites.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The umbrella chart's helm test Job. {@code helm template} leaves hooks out, so the Job is rendered from a
 * copy of the chart whose test templates lose their hook annotation; the real file keeps it.
 */
final class ChartTests {

    static final Path TEST_TEMPLATE = Charts.dir("ecites").resolve("templates/tests/readiness.yaml");
    private static final String HOOK = "helm.sh/hook: test";

    private ChartTests() {
    }

    static boolean isTestHook() {
        try {
            return Files.readString(TEST_TEMPLATE).contains(HOOK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> rendered() {
        Charts.helm("ecites");
        try {
            Path copy = Files.createTempDirectory("ecites-chart-test");
            copyTree(Charts.dir("ecites"), copy);
            Path template = copy.resolve("templates/tests/readiness.yaml");
            Files.writeString(template, Files.readString(template).replace(HOOK, "ecites.org/rendered-for: test"));
            return Charts.parse(new Helm(copy).template().withName(Charts.RELEASE).withNamespace(Charts.NAMESPACE)
                    .call());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
