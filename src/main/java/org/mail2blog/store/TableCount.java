package org.mail2blog.store;

/** How many rows one table holds (or received): {@code table} in lower case. */
public record TableCount(String table, long rows) {
}
