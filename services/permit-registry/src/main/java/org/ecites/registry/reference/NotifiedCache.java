package org.ecites.registry.reference;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reference data read from the database once and kept until {@link ReferenceChanges} hears of a change. A
 * value is kept with the generation read before it was, so a change heard while it was being read makes the
 * next call read it again. Keys are Party codes, some taken from requests before they are checked: past
 * {@link #MAX_KEYS}, more than there are countries, the cache starts afresh.
 */
public final class NotifiedCache<K, V> {

    private record Entry<V>(long generation, V value) {
    }

    private static final int MAX_KEYS = 512;

    private final ReferenceChanges changes;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public NotifiedCache(ReferenceChanges changes) {
        this.changes = changes;
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
        if (entries.size() >= MAX_KEYS) {
            entries.clear();
        }
        entries.put(key, new Entry<>(generation, value));
        return value;
    }
}
