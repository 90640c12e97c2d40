/**
 * Reply trimming: the writer's own words kept, quoted history, attribution lines and signatures removed, nothing lost (Trimmed = kept + removed).
 * <p>Pure text; imports no other package of mail2blog.
 */
package org.mail2blog.trim;
