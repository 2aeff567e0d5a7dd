package dev.askbar.core.schema;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What linking works out from a schema alone (implied keys, the words of its names, its join graph, labels, line
 * tables) is the same for every question until the schema is read again, and on a catalog of thousands of tables
 * working it out again per question took longer than the model's answer. Each such piece is kept in one of these
 * caches, keyed by the snapshot's identity and dropped with it.
 */
final class PerSnapshot {
    /** A few snapshots are alive at once (the current one, one being read, a test's); this bounds a leak to them. */
    private static final int SNAPSHOTS = 64;

    private PerSnapshot() {}

    static <V> Cache<SchemaSnapshot, V> cache() {
        return Caffeine.newBuilder().weakKeys().maximumSize(SNAPSHOTS).build();
    }
}
