/**
 * Reply trimming: the writer's own words kept, quoted history, attribution lines and signatures removed, nothing lost (Trimmed = kept + removed).
 * <p>Pure text; imports only support.
 */
package org.mail2blog.trim;
