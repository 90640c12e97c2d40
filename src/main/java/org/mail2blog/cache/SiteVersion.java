package org.mail2blog.cache;

/**
 * What a public page depends on besides its URL: the data in the database and the templates it is
 * rendered with. Reading it costs an atomic read and, at most once a second, a look at the template
 * files. Thread-safe.
 */
public final class SiteVersion {
    private final DataVersion data;
    private final FolderStamp templates;

    public SiteVersion(DataVersion data, FolderStamp templates) {
        this.data = data;
        this.templates = templates;
    }

    public String current() {
        return data.current() + "/" + templates.current();
    }
}
