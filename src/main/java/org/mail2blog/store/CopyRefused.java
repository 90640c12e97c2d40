package org.mail2blog.store;

/**
 * A copy that must not start (or must not be kept): the target already holds blog data, the two
 * schemas differ, a backup file is not one of ours, or the counts did not match. The message names
 * the problem and what to do, in one line.
 */
public final class CopyRefused extends Exception {
    public CopyRefused(String message) {
        super(message);
    }
}
