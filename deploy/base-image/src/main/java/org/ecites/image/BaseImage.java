package org.ecites.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the base image of the services without a container engine: the C library from Debian's packages
 * (their versions go into the image's labels), a Java runtime linked from the JDK that runs the build, and an
 * unprivileged user 185. Jib writes it as an image tarball, which the services' Jib builds start from.
 *
 * <p>Arguments: work directory, image tarball, version.
 */
public final class BaseImage {

    static final String USER = "185";
    static final List<String> DEBIAN_PACKAGES = List.of("libc6", "libgcc-s1", "zlib1g");
    static final List<String> JAVA_MODULES = List.of("java.base", "java.compiler", "java.desktop", "java.instrument",
            "java.logging", "java.management", "java.naming", "java.net.http", "java.rmi", "java.scripting",
            "java.security.jgss", "java.security.sasl", "java.sql", "java.transaction.xa", "java.xml",
            "java.xml.crypto", "jdk.charsets", "jdk.crypto.cryptoki", "jdk.jfr", "jdk.localedata", "jdk.management",
            "jdk.naming.dns", "jdk.net", "jdk.security.auth", "jdk.security.jgss", "jdk.unsupported", "jdk.zipfs");
    private static final AbsoluteUnixPath JAVA_HOME = AbsoluteUnixPath.get("/opt/java");

    private BaseImage() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        Path tarball = Path.of(args[1]);
        String version = args[2];
        Path os = work.resolve("os");
        Path java = work.resolve("java");
        delete(work);
        Files.createDirectories(os);
        Map<String, String> packages = DebianPackages.unpack(DEBIAN_PACKAGES, work.resolve("debs"), os);
        run(work, Path.of(System.getProperty("java.home"), "bin", "jlink").toString(), "--add-modules",
                String.join(",", JAVA_MODULES), "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", java.toString());
        writeAccounts(os);

        Map<String, String> labels = new TreeMap<>();
        labels.put("org.ecites.base-image.version", version);
        labels.put("org.ecites.java.runtime", System.getProperty("java.runtime.version"));
        packages.forEach((name, packageVersion) -> labels.put("org.ecites.debian." + name, packageVersion));
        JibContainer image = Jib.fromScratch()
                .addFileEntriesLayer(layer("debian-libc", os, AbsoluteUnixPath.get("/")))
                .addFileEntriesLayer(layer("java-runtime", java, JAVA_HOME))
                .setEnvironment(Map.of("JAVA_HOME", JAVA_HOME.toString(), "PATH", JAVA_HOME + "/bin:/usr/bin:/bin",
                        "LANG", "C.UTF-8"))
                .setUser(USER)
                .setWorkingDirectory(AbsoluteUnixPath.get("/deployments"))
                .setLabels(labels)
                .containerize(Containerizer.to(TarImage.at(tarball).named("ecites/base-jre:" + version)));
        Files.writeString(Path.of(tarball + ".digest"), image.getDigest() + "\n");
        System.out.println("[base-image] " + tarball + " " + image.getDigest() + " " + labels);
    }

    /** A layer of a folder's files as they are, with links resolved inside the folder (Jib adds files, not links). */
    private static FileEntriesLayer layer(String name, Path root, AbsoluteUnixPath target) throws IOException {
        FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = new ArrayList<>(walk.sorted().toList());
        }
        for (Path path : paths) {
            if (path.equals(root)) {
                continue;
            }
            AbsoluteUnixPath inImage = target.resolve(root.relativize(path).toString());
            Path source = Files.isSymbolicLink(path) ? resolveInside(root, path) : path;
            if (source == null || Files.isDirectory(source) && Files.isSymbolicLink(path)) {
                continue;
            }
            String owner = inImage.toString().startsWith("/deployments") ? USER + ":" + USER : "0:0";
            layer.addEntry(source, inImage, permissions(inImage, source), FileEntriesLayer.DEFAULT_MODIFICATION_TIME,
                    owner);
        }
        return layer.build();
    }

    private static Path resolveInside(Path root, Path link) throws IOException {
        Path target = Files.readSymbolicLink(link);
        Path resolved = target.isAbsolute() ? root.resolve(root.getRoot().relativize(target)) : link.getParent()
                .resolve(target);
        return Files.exists(resolved, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.isSymbolicLink(resolved)
                ? resolveInside(root, resolved) : Files.exists(resolved) ? resolved.normalize() : null;
    }

    private static FilePermissions permissions(AbsoluteUnixPath inImage, Path source) throws IOException {
        if (inImage.toString().equals("/tmp")) {
            return FilePermissions.fromOctalString("777");
        }
        Set<PosixFilePermission> posix = Files.getPosixFilePermissions(source);
        return FilePermissions.fromPosixFilePermissions(posix);
    }

    private static void writeAccounts(Path os) throws IOException {
        Path etc = Files.createDirectories(os.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/sbin/nologin\n"
                + "ecites:x:185:185:cloud eCITES:/deployments:/sbin/nologin\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\necites:x:185:\n");
        Files.createDirectories(os.resolve("tmp"));
        Files.createDirectories(os.resolve("deployments"));
    }

    static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with " + process.exitValue());
        }
    }

    private static void delete(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
