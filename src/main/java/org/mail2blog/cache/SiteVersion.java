package org.mail2blog.cache;

import java.util.Optional;

/**
 * What a public page depends on besides its URL: the data in the database and the templates it is
 * rendered with. Reading it costs an atomic read and, at most once a second, a look at the template
 * files and at the {@link DatabaseStamp} that other processes bump. Thread-safe.
 */
public final class SiteVersion {
    private final DataVersion data;
    private final FolderStamp templates;
    private final Optional<DatabaseStamp> others;

    /** A version that sees this process's writes and template edits only. */
    public SiteVersion(DataVersion data, FolderStamp templates) {
        this(data, templates, Optional.empty());
    }

    /** A version that also sees the writes other processes announce in {@code others}. */
    public SiteVersion(DataVersion data, FolderStamp templates, DatabaseStamp others) {
        this(data, templates, Optional.of(others));
    }

    private SiteVersion(DataVersion data, FolderStamp templates, Optional<DatabaseStamp> others) {
        this.data = data;
        this.templates = templates;
        this.others = others;
    }

    public String current() {
        String version = data.current() + "/" + templates.current();
        return others.map(o -> version + "/" + o.current()).orElse(version);
    }
}
