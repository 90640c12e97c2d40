/**
 * Rendered public pages kept in memory: the bounded page cache, the data and template versions that
 * invalidate it, and the HTTP rules around it (validators, conditional requests, content encodings).
 * <p>Imports Jdbi and the JDK only; no feature package.
 */
package org.mail2blog.cache;
