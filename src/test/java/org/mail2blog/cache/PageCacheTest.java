package org.mail2blog.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class PageCacheTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static CachedPage page(String text) {
        return CachedPage.of("text/html; charset=utf-8", text, NOW);
    }

    @Test
    void aPageIsServedWhileItsVersionIsCurrent() {
        PageCache cache = new PageCache(10, 1 << 20);
        CachedPage page = page("<p>Kompost på gården</p>");
        cache.put("/t/kompost", "1/a", page);

        assertThat(cache.get("/t/kompost", "1/a")).containsSame(page);
        assertThat(cache.get("/t/kompost?page=2", "1/a")).isEmpty();
    }

    @Test
    void aPageOfAnOlderVersionIsDropped() {
        PageCache cache = new PageCache(10, 1 << 20);
        cache.put("/", "1/a", page("före"));

        assertThat(cache.get("/", "2/a")).isEmpty();
        assertThat(cache.pageCount()).isZero();
        assertThat(cache.byteCount()).isZero();
    }

    @Test
    void theLeastRecentlyUsedPageGoesWhenThePageCountIsReached() {
        PageCache cache = new PageCache(2, 1 << 20);
        cache.put("/a", "1", page("a"));
        cache.put("/b", "1", page("b"));
        cache.get("/a", "1");
        cache.put("/c", "1", page("c"));

        assertThat(cache.get("/b", "1")).isEmpty();
        assertThat(cache.get("/a", "1")).isPresent();
        assertThat(cache.get("/c", "1")).isPresent();
    }

    @Test
    void theByteBudgetIsKept() {
        CachedPage big = page("x".repeat(10_000));
        PageCache cache = new PageCache(100, big.size() * 2 + 1);
        cache.put("/1", "1", big);
        cache.put("/2", "1", page("y".repeat(10_000)));
        cache.put("/3", "1", page("z".repeat(10_000)));

        assertThat(cache.pageCount()).isEqualTo(2);
        assertThat(cache.byteCount()).isLessThanOrEqualTo(big.size() * 2 + 1);
        assertThat(cache.get("/1", "1")).isEmpty();
    }

    @Test
    void aPageLargerThanTheBudgetIsNotKept() {
        PageCache cache = new PageCache(100, 1_000);
        cache.put("/stor", "1", page("å".repeat(5_000)));

        assertThat(cache.get("/stor", "1")).isEmpty();
        assertThat(cache.byteCount()).isZero();
    }

    @Test
    void manyThreadsKeepTheCountsConsistent() throws Exception {
        PageCache cache = new PageCache(20, 1 << 20);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    String key = "/t/" + (i % 50);
                    String version = String.valueOf((i + thread) % 3);
                    if (cache.get(key, version).isEmpty()) {
                        cache.put(key, version, page(key + version));
                    }
                }
            }));
        }
        for (Future<?> f : work) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(cache.pageCount()).isLessThanOrEqualTo(20);
        for (int i = 0; i < 50; i++) {
            cache.get("/t/" + i, "newer");
        }
        assertThat(cache.pageCount()).isZero();
        assertThat(cache.byteCount()).isZero();
    }
}
