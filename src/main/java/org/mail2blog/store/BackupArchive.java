package org.mail2blog.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The backup file: a zip holding {@value #MANIFEST} ({@link BackupManifest}) and {@value #DATABASE},
 * an H2 file database that the {@link TableCopier} filled from one snapshot. One format whatever the
 * blog runs on, and restored with the same copier into H2 or PostgreSQL. Written aside and moved into
 * place, so a failed backup never replaces a good one.
 */
public final class BackupArchive {
    static final String MANIFEST = "mail2blog-backup.properties";
    static final String DATABASE = "mail2blog.mv.db";

    private BackupArchive() {
    }

    /** Packs {@code database} (an H2 {@code .mv.db} file, closed) and the manifest into {@code file}. */
    public static void write(Path database, BackupManifest manifest, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.write(zip);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DATABASE));
                Files.copy(database, zip);
                zip.closeEntry();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Unpacks {@code file} into the empty folder {@code dir}: the database becomes
     * {@code dir/mail2blog.mv.db}. Refused when the file is not a backup of ours or of a newer format.
     */
    public static BackupManifest read(Path file, Path dir) throws IOException, CopyRefused {
        BackupManifest manifest = null;
        boolean database = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    manifest = BackupManifest.read(uncloseable(zip));
                } else if (entry.getName().equals(DATABASE)) {
                    Files.copy(zip, dir.resolve(DATABASE));
                    database = true;
                }
            }
        } catch (ZipException e) {
            throw notOurs(file);
        }
        if (manifest == null || !database) {
            throw notOurs(file);
        }
        if (manifest.format() != BackupManifest.FORMAT) {
            throw new CopyRefused(file + " is a backup in format " + manifest.format()
                    + ", which this mail2blog cannot read; restore it with the version that made it");
        }
        return manifest;
    }

    private static CopyRefused notOurs(Path file) {
        return new CopyRefused(file + " is not a mail2blog backup (made by ./mail2blog backup FILE)");
    }

    /** Properties.load closes nothing, but keep the zip open whatever it does. */
    private static InputStream uncloseable(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }
}
