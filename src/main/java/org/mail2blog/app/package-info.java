/**
 * Wiring: configuration, database, Camel Main, embedded mail server, web handlers and the command line.
 * <p>May import every package; nothing imports app.
 */
package org.mail2blog.app;
