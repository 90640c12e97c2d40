package org.mail2blog.cache;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rendered pages by request path and query, each stored with the site version it was rendered at:
 * a page is served only while that version is still current. Least recently used pages go first
 * when the cache holds more than its page count or byte budget. Thread-safe.
 */
public final class PageCache {
    private final int maxPages;
    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    private record Entry(String version, CachedPage page) {
    }

    public PageCache(int maxPages, long maxBytes) {
        if (maxPages < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("a page cache needs room for at least one page");
        }
        this.maxPages = maxPages;
        this.maxBytes = maxBytes;
    }

    /** The page cached for {@code key} if it was rendered at {@code version}; a stale one is dropped. */
    public synchronized Optional<CachedPage> get(String key, String version) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.version().equals(version)) {
            remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.page());
    }

    /** Keeps {@code page}, rendered at {@code version}; a page larger than the whole budget is not kept. */
    public synchronized void put(String key, String version, CachedPage page) {
        remove(key);
        if (page.size() > maxBytes) {
            return;
        }
        entries.put(key, new Entry(version, page));
        bytes += page.size();
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while (entries.size() > maxPages || bytes > maxBytes) {
            bytes -= eldest.next().getValue().page().size();
            eldest.remove();
        }
    }

    public synchronized int pageCount() {
        return entries.size();
    }

    public synchronized long byteCount() {
        return bytes;
    }

    private void remove(String key) {
        Entry old = entries.remove(key);
        if (old != null) {
            bytes -= old.page().size();
        }
    }
}
