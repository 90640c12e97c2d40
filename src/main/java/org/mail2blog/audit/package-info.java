/**
 * The audit log: every admin decision (who, when, what, on what), written in the decision's own transaction.
 * <p>Imports no feature package; every feature that makes decisions may import it.
 */
package org.mail2blog.audit;
