package org.ecites.registry.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One kind of reference data in versions: the newest load in the database is the one in force. The
 * first start of a registry records the data bundled with the release as the first version. A newer
 * load made by another replica is picked up on the next read, so every replica agrees once it commits.
 */
public abstract class VersionedReference<T> {

    private record Current<T>(long loadId, T value) {
    }

    private final AtomicReference<Current<T>> current = new AtomicReference<>();

    protected abstract String kind();

    protected abstract T bundled();

    /** The data of a load that is not the bundled one, from the files kept with it. */
    protected abstract T read(ReferenceLoad load, Map<String, byte[]> files);

    protected abstract String summary(T value);

    /** For the subclass' start-up observer. */
    protected void recordBundledOnFirstStart() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (ReferenceLoad.latest(kind()).isEmpty()) {
                T bundled = bundled();
                ReferenceLoad load = record("bundled with the release", ReferenceLoad.BUNDLED, "permit-registry",
                        bundled, Map.of());
                current.set(new Current<>(load.id, bundled));
            }
        });
        current();
    }

    /** The version in force; read again only when a newer load exists. */
    public T current() {
        ReferenceLoad latest = QuarkusTransaction.joiningExisting().call(() -> ReferenceLoad.latest(kind()).orElseThrow());
        Current<T> now = current.get();
        if (now == null || now.loadId() != latest.id) {
            now = new Current<>(latest.id, valueOf(latest));
            current.set(now);
        }
        return now.value();
    }

    /** Stores a new version with its files; the caller's transaction makes it the one in force. */
    public ReferenceLoad record(String version, String source, String loadedBy, T value, Map<String, byte[]> files) {
        return ReferenceLoad.record(kind(), version, source, loadedBy, summary(value), files);
    }

    protected T valueOf(ReferenceLoad load) {
        return ReferenceLoad.BUNDLED.equals(load.source) ? bundled() : read(load, filesOf(load));
    }

    protected static Map<String, byte[]> filesOf(ReferenceLoad load) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Map<String, byte[]> byName = new HashMap<>();
            ReferenceFile.of(load).forEach(f -> byName.put(f.name, f.content));
            return byName;
        });
    }
}
