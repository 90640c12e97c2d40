package org.mail2blog.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a copy will do, checked before any row moves: both schemas at the same Flyway version with
 * the same tables, and for each table (in foreign-key order) the columns to carry. Columns the
 * database fills itself (generated) are left to the target.
 */
record CopyPlan(List<Step> steps) {

    /** One table: its spelling on each side and the columns to copy, paired by position. */
    record Step(Table source, Table target, List<Column> from, List<Column> to) {
    }

    static CopyPlan of(Connection source, Connection target) throws SQLException, CopyRefused {
        SchemaReader sourceSchema = new SchemaReader(source);
        SchemaReader targetSchema = new SchemaReader(target);
        requireSameVersion(sourceSchema.schemaVersion(), targetSchema.schemaVersion());
        TreeMap<String, Table> sources = sourceSchema.tables();
        TreeMap<String, Table> targets = targetSchema.tables();
        if (!sources.keySet().equals(targets.keySet())) {
            throw new CopyRefused("the two databases have different tables (source " + sources.keySet()
                    + ", target " + targets.keySet() + "); both must be migrated by the same mail2blog version");
        }
        SortedMap<String, java.util.Set<String>> references = new TreeMap<>();
        sources.forEach((key, table) -> references.put(key, table.references()));
        List<Step> steps = new ArrayList<>();
        for (String key : TableOrder.of(references)) {
            steps.add(step(sources.get(key), targets.get(key)));
        }
        return new CopyPlan(steps);
    }

    private static void requireSameVersion(Optional<String> source, Optional<String> target) throws CopyRefused {
        if (source.isEmpty() || target.isEmpty()) {
            throw new CopyRefused("the " + (source.isEmpty() ? "source" : "target")
                    + " database has no Flyway history; it is not a mail2blog database");
        }
        if (!source.equals(target)) {
            throw new CopyRefused("the source database is at schema version " + source.get() + " and the target at "
                    + target.get() + "; both must be migrated by the same mail2blog version");
        }
    }

    private static Step step(Table source, Table target) throws CopyRefused {
        List<Column> from = new ArrayList<>();
        List<Column> to = new ArrayList<>();
        for (Column column : source.columns()) {
            Column other = target.column(column.key()).orElseThrow(() -> new CopyRefused("the target's table "
                    + target.name() + " has no column " + column.key() + "; both must be migrated by the same version"));
            if (!column.generated() && !other.generated()) {
                from.add(column);
                to.add(other);
            }
        }
        for (Column column : target.columns()) {
            if (!column.generated() && source.column(column.key()).isEmpty()) {
                throw new CopyRefused("the source's table " + source.name() + " has no column " + column.key()
                        + "; both must be migrated by the same mail2blog version");
            }
        }
        return new Step(source, target, from, to);
    }

    Map<String, Step> byTable() {
        Map<String, Step> map = new TreeMap<>();
        steps.forEach(s -> map.put(s.source().key(), s));
        return map;
    }
}
