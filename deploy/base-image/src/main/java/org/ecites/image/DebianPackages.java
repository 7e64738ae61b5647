package org.ecites.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Debian packages fetched with apt (nothing is installed) and unpacked into a folder, with their versions. */
final class DebianPackages {

    private DebianPackages() {
    }

    static Map<String, String> unpack(List<String> packages, Path downloads, Path root)
            throws IOException, InterruptedException {
        Files.createDirectories(downloads);
        String[] download = Stream.concat(Stream.of("apt-get", "download", "-q"), packages.stream())
                .toArray(String[]::new);
        BaseImage.run(downloads, download);
        Map<String, String> versions = new LinkedHashMap<>();
        try (Stream<Path> debs = Files.list(downloads)) {
            for (Path deb : debs.filter(p -> p.toString().endsWith(".deb")).sorted().toList()) {
                BaseImage.run(downloads, "dpkg-deb", "-x", deb.toString(), root.toString());
                versions.put(field(deb, "Package"), field(deb, "Version"));
            }
        }
        return versions;
    }

    private static String field(Path deb, String name) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("dpkg-deb", "-f", deb.toString(), name).start();
        String value = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("dpkg-deb cannot read " + deb);
        }
        return value;
    }
}
