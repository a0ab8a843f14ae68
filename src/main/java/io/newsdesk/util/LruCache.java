package io.newsdesk.util;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small thread-safe least-recently-used cache of at most {@code capacity} entries; capacity 0
 * keeps nothing. Values are computed outside the lock, so two threads may compute the same value
 * once each: only for values that are pure functions of their key.
 */
public final class LruCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    public LruCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.capacity;
            }
        };
    }

    /** The cached value for the key, or {@code null}. */
    public V get(K key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    /** Keeps the value for the key, evicting the least recently used entry when full. */
    public void put(K key, V value) {
        if (capacity > 0) {
            synchronized (entries) {
                entries.put(key, value);
            }
        }
    }

    /** The cached value for the key, or the one {@code compute} gives (then cached). */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V value = get(key);
        if (value == null) {
            value = compute.apply(key);
            put(key, value);
        }
        return value;
    }

    /** How many entries are kept now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
