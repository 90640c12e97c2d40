package org.mail2blog.importer;

/** Told after each mail of an import, on the importing thread: for a progress bar. */
@FunctionalInterface
public interface ImportListener {

    /**
     * @param counts    the counts so far
     * @param bytesRead how much of the input has been read
     * @param sizeBytes the input's whole size
     */
    void progressed(ImportCounts counts, long bytesRead, long sizeBytes);
}
