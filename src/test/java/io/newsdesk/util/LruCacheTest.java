package io.newsdesk.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LruCacheTest {

    @Test
    void should_evict_the_least_recently_used_entry_when_full() {
        // given
        LruCache<String, Integer> cache = new LruCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");

        // when
        cache.put("c", 3);

        // then
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("b")).isNull();
        assertThat(cache.get("c")).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void should_compute_a_value_once_and_then_serve_it_from_the_cache() {
        // given
        LruCache<String, Integer> cache = new LruCache<>(8);
        AtomicInteger computed = new AtomicInteger();

        // when
        int first = cache.computeIfAbsent("key", k -> computed.incrementAndGet());
        int second = cache.computeIfAbsent("key", k -> computed.incrementAndGet());

        // then
        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(1);
        assertThat(computed).hasValue(1);
    }

    @Test
    void should_keep_nothing_when_capacity_is_zero() {
        // given
        LruCache<String, Integer> cache = new LruCache<>(0);

        // when
        cache.put("a", 1);

        // then
        assertThat(cache.get("a")).isNull();
        assertThat(cache.size()).isZero();
    }
}
