package org.ecites.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecites.infrastructure.AheadOfTimeCache;

/**
 * The JVM options of a service process. Five JVMs share two cores and little memory, so each gives back what
 * it does not use. The services run on the JDK that runs the suite; options newer than JDK 21 are only passed
 * where that JDK knows them, since an unknown option stops the JVM.
 */
final class ServiceJvmOptions {

    private static final int JDK = Runtime.version().feature();

    private ServiceJvmOptions() {
    }

    static List<String> memory(String heap) {
        // G1, not Serial: Serial is 10 MB smaller idle but never shrinks its heap after a load (546 MB measured);
        // G1 gives an idle heap back through its periodic collection. The young generation is fixed: sized by G1
        // inside the tight heap it left a request's objects 1-2 MB of survivor space, so they were promoted, filled
        // the old generation with garbage and kept concurrent cycles running (signing: 40 % more CPU a seal verified).
        // Start-up touches more than 64 MB of young objects anyway, so the idle footprint stays the same.
        // G1 grows the heap only when its pauses pass GCTimeRatio's share; at its default (12, 8 %) a heap shrunk
        // while idle stayed too small for that young generation under load, as its remarks kept shrinking it: four
        // young collections and two concurrent cycles a second (signing: 0.5-0.8 ms of CPU a seal against 0.2). At
        // 99 (1 %) it grows back within a run and still shrinks when idle.
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-Xms16m", "-Xmn64m", "-XX:+UseG1GC",
                "-XX:GCTimeRatio=99", "-XX:G1PeriodicGCInterval=15000", "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=25", "-Xss512k"));
        if (JDK >= 22) {
            // malloc keeps what the JIT compilers freed at start-up (about 17 MB a service) unless trimmed
            options.add("-XX:TrimNativeHeapInterval=10000");
        }
        if (JDK >= 25) {
            options.add("-XX:+UseCompactObjectHeaders");
        }
        return options;
    }

    /** Ready in about 60 % of the time with the JDK's ahead-of-time cache, recorded next to the service's jar. */
    static List<String> aheadOfTimeCache(Path jar) {
        return AheadOfTimeCache.jvmOptions(jar.resolveSibling("app.aot"), List.of(jar));
    }
}
