/**
 * Moving a whole blog between databases: a table copier that reads one consistent snapshot of every
 * table of the schema and writes it into an empty, equally migrated database (H2 or PostgreSQL), and
 * the backup file that packs such a copy.
 * <p>Imports no feature package: it reads the schema from JDBC metadata, not from the features.
 */
package org.mail2blog.store;
