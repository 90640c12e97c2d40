/**
 * Small pure helpers (texts, paragraphs) without feature logic.
 * <p>Imports no feature package.
 */
package org.mail2blog.support;
