/**
 * View models of the public pages (index, conversation, labels, search, the Atom feeds, the writer's withdraw
 * pages), built from published data and, behind a withdraw link, the writer's own letter; no address of a person
 * ever reaches them. SitePages lists the public pages a static copy of the site holds.
 * <p>May import blog, withdraw and support.
 */
package org.mail2blog.reader;
