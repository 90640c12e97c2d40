/**
 * Conversations and published letters: the data readers see, and the reply addresses.
 * <p>Imports no other feature package.
 */
package org.mail2blog.blog;
