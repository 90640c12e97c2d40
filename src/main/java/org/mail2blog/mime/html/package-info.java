/**
 * HTML bodies as plain text for the reply trimmer: client-specific quote, attribution, signature and history markers become "> " and "-- " lines.
 * <p>Imports jsoup only; used by org.mail2blog.mime.
 */
package org.mail2blog.mime.html;
