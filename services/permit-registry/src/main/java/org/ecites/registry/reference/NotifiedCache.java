package org.ecites.registry.reference;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reference data read from the database once and kept until {@link ReferenceChanges} hears of a change. A
 * value is kept with the generation read before it was, so a change heard while it was being read makes the
 * next call read it again. Keys may come from requests: past {@code maxKeys} the cache starts afresh.
 */
public final class NotifiedCache<K, V> {

    private record Entry<V>(long generation, V value) {
    }

    private final ReferenceChanges changes;
    private final int maxKeys;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public NotifiedCache(ReferenceChanges changes, int maxKeys) {
        this.changes = changes;
        this.maxKeys = maxKeys;
    }

    public V get(K key, Function<K, V> read) {
        long generation = changes.generation();
        if (generation == ReferenceChanges.NOT_LISTENING) {
            return read.apply(key);
        }
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.generation() == generation) {
            return kept.value();
        }
        V value = read.apply(key);
        if (entries.size() >= maxKeys) {
            entries.clear();
        }
        entries.put(key, new Entry<>(generation, value));
        return value;
    }
}
