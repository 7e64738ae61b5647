package org.ecites.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.List;

/**
 * The JDK's ahead-of-time cache of a JVM's loaded and linked classes with their training profiles (JEP 483/514/515,
 * JDK 25). A start without a current cache records one, written when the JVM exits; later starts use it and spend
 * less CPU on loading classes and on compiling the code of the start. Only for the README's run command: a test run
 * starts from fresh builds and would only pay for recording. Class path directories must be empty for it, so the
 * JVM's class path holds jars only.
 */
public final class AheadOfTimeCache {

    private static final int JDK = Runtime.version().feature();

    private AheadOfTimeCache() {
    }

    /**
     * The JVM options that use {@code cache} when it is newer than every file it was recorded from, else record it
     * again. A cache the JVM finds not to match is ignored, not fatal; an empty one (its JVM killed while writing it)
     * is recorded again. Options newer than JDK 21 are only passed where the JDK knows them, as an unknown one stops
     * the JVM.
     */
    public static List<String> jvmOptions(Path cache, Collection<Path> recordedFrom) {
        if (JDK < 25) {
            return List.of();
        }
        try {
            Files.createDirectories(cache.getParent());
            boolean current = Files.exists(cache) && Files.size(cache) > 0 && newerThanAll(cache, recordedFrom);
            return List.of((current ? "-XX:AOTCache=" : "-XX:AOTCacheOutput=") + cache);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cache, e);
        }
    }

    private static boolean newerThanAll(Path cache, Collection<Path> recordedFrom) throws IOException {
        FileTime recorded = Files.getLastModifiedTime(cache);
        for (Path source : recordedFrom) {
            if (Files.getLastModifiedTime(source).compareTo(recorded) >= 0) {
                return false;
            }
        }
        return true;
    }
}
