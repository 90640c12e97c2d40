/**
 * View models of the public pages (index, conversation), built from published data only; no address of a person ever reaches them.
 * <p>May import blog and support.
 */
package org.mail2blog.reader;
