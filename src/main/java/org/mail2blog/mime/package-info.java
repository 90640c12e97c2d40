/**
 * Reading mail: MIME structure, charsets, encoded words, flowed text and HTML to readable text (sub-package html), giving a ParsedMessage or a typed MessageRejected.
 * <p>Imports no other feature package (support only).
 */
package org.mail2blog.mime;
