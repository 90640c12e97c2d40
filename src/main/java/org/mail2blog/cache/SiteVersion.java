package org.mail2blog.cache;

import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What a public page depends on besides its URL: the data in the database and the templates it is
 * rendered with; and the version shared in the database ({@link SharedDataVersion}), which moves
 * with the writes of other instances and of commands run beside the service. Reading it costs an
 * atomic read or two and, at most once a second, a look at the template files. Thread-safe.
 */
public final class SiteVersion {
    private final DataVersion data;
    private final Optional<LongSupplier> shared;
    private final FolderStamp templates;

    public SiteVersion(DataVersion data, FolderStamp templates) {
        this(data, Optional.empty(), templates);
    }

    /** A version that also moves with {@code shared}, the data version instances on one database share. */
    public SiteVersion(DataVersion data, LongSupplier shared, FolderStamp templates) {
        this(data, Optional.of(shared), templates);
    }

    private SiteVersion(DataVersion data, Optional<LongSupplier> shared, FolderStamp templates) {
        this.data = data;
        this.shared = shared;
        this.templates = templates;
    }

    public String current() {
        String local = data.current() + "/" + templates.current();
        return shared.map(s -> s.getAsLong() + "/" + local).orElse(local);
    }
}
