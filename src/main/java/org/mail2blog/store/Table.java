package org.mail2blog.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One table of the blog's schema as JDBC metadata describes it: its name as the database spells it,
 * its columns in order, its primary key, and the tables it references (lower-case names).
 */
record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> references) {

    String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    Optional<Column> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The column the database numbers itself, if any (the {@code id} of most tables). */
    Optional<Column> identity() {
        return columns.stream().filter(Column::identity).findFirst();
    }
}
