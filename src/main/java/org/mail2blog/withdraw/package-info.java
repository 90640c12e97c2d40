/**
 * A writer taking a letter back with the unguessable link from the acknowledgement, pending or published.
 * <p>Imports no feature package; moderation gives each new letter its token from here.
 */
package org.mail2blog.withdraw;
