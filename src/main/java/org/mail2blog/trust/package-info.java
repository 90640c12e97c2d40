/**
 * Trust and authentication: reads Authentication-Results (RFC 8601), believes only the configured
 * authserv-ids, and judges whether the From domain is authenticated (DKIM, SPF or DMARC, relaxed alignment).
 * <p>Imports no other feature package (support only); Guava supplies the public suffix list.
 */
package org.mail2blog.trust;
