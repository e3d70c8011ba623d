package io.interview4j.text.internal;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of values computed from keys, for work that depends only on text that repeats from turn to
 * turn (a bank's questions, key points and reference answers; a job description). It holds at most about
 * {@code capacity} entries: when it is full it starts again empty, which is crude but keeps memory bounded
 * without a lock on the read path. Values must be immutable. Not API.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class BoundedCache<K, V> {

    private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
    private final int capacity;

    /**
     * @param capacity the most entries kept, at least 1
     * @throws IllegalArgumentException when {@code capacity} is below 1
     */
    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * @param key the key
     * @param compute computes the value of a key not yet held; called outside any lock, possibly twice for one key
     *     under contention
     * @return the held or the computed value
     */
    public V get(K key, Function<? super K, ? extends V> compute) {
        V v = map.get(key);
        if (v != null) {
            return v;
        }
        v = Objects.requireNonNull(compute.apply(key), "computed value");
        if (map.size() >= capacity) {
            map.clear();
        }
        V raced = map.putIfAbsent(key, v);
        return raced == null ? v : raced;
    }
}
