package org.ecites.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The image tarball each service's Jib build wrote (target/container-image.tar): the name and tag the chart
 * deploys, user 185, on the base image's layers; and its Java runtime starts as that user in a root of the
 * image's own layers (where the machine lets a test chroot).
 */
class ContainerImagesTest {

    static final List<String> SERVICES = Charts.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theImageIsTheOneTheChartDeploysNonRootOnTheBaseImage(String service) throws IOException {
        Path tarball = tarball(service);
        JsonNode manifest = Charts.JSON.readTree(entry(tarball, "manifest.json")).get(0);
        JsonNode config = Charts.JSON.readTree(entry(tarball, manifest.path("Config").asText())).path("config");
        String deployed = Manifests.named(HostingModes.shared(), "Deployment", Charts.RELEASE + "-" + service)
                .at("/spec/template/spec/containers/0/image").asText();

        assertThat(manifest.path("RepoTags").get(0).asText()).isEqualTo(deployed);
        assertThat(config.path("User").asText()).isEqualTo("185");
        assertThat(config.path("WorkingDir").asText()).isEqualTo("/deployments");
        assertThat(config.path("Entrypoint").toString()).contains("\"-jar\"", "\"quarkus-run.jar\"");
        assertThat(config.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(config.at("/Labels/org.ecites.debian.libc6").asText()).isNotBlank();

        Path base = Charts.ROOT.resolve("deploy/base-image/target/base-image.tar");
        JsonNode baseManifest = Charts.JSON.readTree(entry(base, "manifest.json")).get(0);
        List<String> baseLayers = texts(baseManifest.path("Layers"));
        assertThat(texts(manifest.path("Layers")).subList(0, baseLayers.size())).isEqualTo(baseLayers);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void itsJavaRuntimeRunsAsTheImagesUser(String service) throws Exception {
        Path tarball = tarball(service);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")) && "root".equals(System.getProperty("user.name")),
                "running the image's Java needs unshare and chroot as root; skipped, not passed");
        Path root = Files.createTempDirectory("ecites-image-" + service);
        Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        JsonNode manifest = Charts.JSON.readTree(entry(tarball, "manifest.json")).get(0);
        for (String layer : texts(manifest.path("Layers"))) {
            unpackLayer(tarball, layer, root);
        }
        Files.createDirectories(root.resolve("proc"));
        Process java = new ProcessBuilder("unshare", "--mount", "--pid", "--fork", "--mount-proc=" + root.resolve("proc"),
                "chroot", "--userspec=185:185", root.toString(), "/opt/java/bin/java", "-version")
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
        assertThat(output).contains("64-Bit Server VM");
        assertThat(root.resolve("deployments/quarkus-run.jar")).exists();
    }

    private static Path tarball(String service) {
        Path tarball = Charts.ROOT.resolve("services/" + service + "/target/container-image.tar");
        assumeTrue(Files.exists(tarball), service + "'s image was not built (the container-images profile needs "
                + "Debian's apt for the base image); skipped, not passed");
        return tarball;
    }

    private static byte[] entry(Path tarball, String name) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return tar.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " is not in " + tarball);
    }

    private static void unpackLayer(Path tarball, String layer, Path root) throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(entry(tarball, layer));
                TarArchiveInputStream files = new TarArchiveInputStream(new GZIPInputStream(in))) {
            for (TarArchiveEntry file = files.getNextEntry(); file != null; file = files.getNextEntry()) {
                Path target = root.resolve(file.getName()).normalize();
                assertThat(target.startsWith(root)).as(file.getName() + " stays inside the image's root").isTrue();
                if (file.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(files, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString(
                            permissions(file.getMode())));
                }
            }
        }
    }

    private static String permissions(int mode) {
        String rwx = "rwxrwxrwx";
        StringBuilder text = new StringBuilder();
        for (int bit = 0; bit < 9; bit++) {
            text.append((mode & (1 << (8 - bit))) != 0 ? rwx.charAt(bit) : '-');
        }
        return text.toString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
