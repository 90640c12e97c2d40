package org.mail2blog.app;

import java.security.SecureRandom;
import java.util.Base64;

/** The key that signs CSRF tokens; random per process, since sessions live in memory too. */
final class CsrfSecret {
    private CsrfSecret() {
    }

    static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
