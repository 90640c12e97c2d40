/**
 * Copies of the public blog for use without the service: a static site directory replaced in one
 * swap, and a conversation's published letters as an mbox file. No address of a person ever reaches them.
 * <p>May import blog and support.
 */
package org.mail2blog.export;
