package org.ecites.registry.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One kind of reference data in versions: the newest load in the database is the one in force. The
 * first start of a registry records the data bundled with the release as the first version. A load made
 * here is in force from the next read; one made by another replica within a second ({@link #RECHECK}), so
 * that reads on the hot path (every permit, every type-ahead keystroke) seldom touch the database.
 */
public abstract class VersionedReference<T> {

    private record Current<T>(long loadId, T value) {
    }

    static final long RECHECK = TimeUnit.SECONDS.toNanos(1);

    private final AtomicReference<Current<T>> current = new AtomicReference<>();
    private final AtomicReference<CompletableFuture<T>> readingBundled = new AtomicReference<>();
    private volatile long checkedAt;

    protected abstract String kind();

    protected abstract T bundled();

    /** The data of a load that is not the bundled one, from the files kept with it. */
    protected abstract T read(ReferenceLoad load, Map<String, byte[]> files);

    protected abstract String summary(T value);

    /**
     * Reads the bundled data on a thread of its own while the rest of the service starts, for the first read
     * that needs it; a start that finds a newer version in force lets it go.
     */
    void startReadingBundled() {
        readingBundled.set(CompletableFuture.supplyAsync(this::bundled,
                task -> Thread.ofPlatform().name(kind() + "-bundled").start(task)));
    }

    private T bundledData() {
        CompletableFuture<T> reading = readingBundled.getAndSet(null);
        return reading == null ? bundled() : reading.join();
    }

    /** Records the bundled data on a registry's first start, and reads the version in force. */
    protected void recordBundledOnFirstStart() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (ReferenceLoad.latest(kind()).isEmpty()) {
                T bundled = bundledData();
                ReferenceLoad load = record("bundled with the release", ReferenceLoad.BUNDLED, "permit-registry",
                        bundled, Map.of());
                current.set(new Current<>(load.id, bundled));
            }
        });
        current();
        readingBundled.set(null);
    }

    /** The version in force; read again only when a newer load exists. */
    public T current() {
        Current<T> now = current.get();
        if (now != null && System.nanoTime() - checkedAt < RECHECK) {
            return now.value();
        }
        long checking = System.nanoTime();
        ReferenceLoad latest = QuarkusTransaction.joiningExisting().call(() -> ReferenceLoad.latest(kind()).orElseThrow());
        if (now == null || now.loadId() != latest.id) {
            now = new Current<>(latest.id, valueOf(latest));
            current.set(now);
        }
        checkedAt = checking;
        return now.value();
    }

    /** Stores a new version with its files; the caller's transaction makes it the one in force. */
    public ReferenceLoad record(String version, String source, String loadedBy, T value, Map<String, byte[]> files) {
        checkedAt = System.nanoTime() - RECHECK; // this replica reads the new version on its next read
        return ReferenceLoad.record(kind(), version, source, loadedBy, summary(value), files);
    }

    protected T valueOf(ReferenceLoad load) {
        return ReferenceLoad.BUNDLED.equals(load.source) ? bundledData() : read(load, filesOf(load));
    }

    protected static Map<String, byte[]> filesOf(ReferenceLoad load) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<String, byte[]> byName = new HashMap<>();
            ReferenceFile.of(load).forEach(f -> byName.put(f.name, f.content));
            return byName;
        });
    }
}
