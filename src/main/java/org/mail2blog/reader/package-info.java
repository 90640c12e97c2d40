/**
 * View models of the public pages (index, conversation, labels, search, the writer's withdraw pages), built from published data
 * and, behind a withdraw link, the writer's own letter; no address of a person ever reaches them.
 * <p>May import blog, moderation (withdrawals) and support.
 */
package org.mail2blog.reader;
