package org.mail2blog.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries rows from a source result set into a target insert, in batches bounded by row count and by
 * the bytes of large values held in memory (see {@link LobSpool}). The columns of the query and of the
 * insert are in the same order. Not thread-safe; {@link #close()} flushes nothing, it only frees.
 */
final class RowBatch implements AutoCloseable {
    static final int MAX_ROWS = 500;
    static final long MAX_MEMORY_BYTES = 8L * 1024 * 1024;

    private final PreparedStatement insert;
    private final List<Column> from;
    private final List<Column> to;
    private final List<Closeable> held = new ArrayList<>();
    private int rows;
    private long memory;

    RowBatch(PreparedStatement insert, List<Column> from, List<Column> to) {
        this.insert = insert;
        this.from = from;
        this.to = to;
    }

    /** Adds the current row; executes the batch when it is full. */
    void add(ResultSet row) throws SQLException, IOException {
        for (int i = 0; i < from.size(); i++) {
            carry(row, i + 1, from.get(i), to.get(i));
        }
        insert.addBatch();
        rows++;
        if (rows >= MAX_ROWS || memory >= MAX_MEMORY_BYTES) {
            flush();
        }
    }

    /** Executes what is batched and frees the large values it held. */
    void flush() throws SQLException, IOException {
        if (rows > 0) {
            insert.executeBatch();
        }
        release();
    }

    private void carry(ResultSet row, int index, Column source, Column target) throws SQLException, IOException {
        switch (source.kind()) {
            case BYTES -> {
                InputStream value = row.getBinaryStream(index);
                if (value == null) {
                    insert.setNull(index, target.jdbcType());
                } else {
                    LobSpool spool = hold(LobSpool.ofBytes(value));
                    insert.setBinaryStream(index, hold(spool.openBytes()), spool.length());
                }
            }
            case CHARACTERS -> {
                Reader value = row.getCharacterStream(index);
                if (value == null) {
                    insert.setNull(index, target.jdbcType());
                } else {
                    LobSpool spool = hold(LobSpool.ofCharacters(value));
                    // Without a length: the spool counts bytes, not characters, and PostgreSQL's driver
                    // has no setCharacterStream with a long length.
                    insert.setCharacterStream(index, hold(spool.openCharacters()));
                }
            }
            case INSTANT -> set(index, row.getObject(index, OffsetDateTime.class), target);
            case OBJECT -> set(index, row.getObject(index), target);
        }
    }

    private void set(int index, Object value, Column target) throws SQLException {
        if (value == null) {
            insert.setNull(index, target.jdbcType());
        } else {
            insert.setObject(index, value);
        }
    }

    private <T extends Closeable> T hold(T value) {
        held.add(value);
        if (value instanceof LobSpool spool) {
            memory += spool.inMemory();
        }
        return value;
    }

    private void release() throws IOException {
        IOException failure = null;
        for (Closeable c : held) {
            try {
                c.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        held.clear();
        rows = 0;
        memory = 0;
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() throws IOException {
        release();
    }
}
