package org.mail2blog.testing;

import java.util.UUID;

import org.mail2blog.app.Database;

/** A fresh in-memory H2 database with the real Flyway migrations applied. */
public final class TestDatabase {
    private TestDatabase() {
    }

    public static Database open() {
        return Database.open("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
