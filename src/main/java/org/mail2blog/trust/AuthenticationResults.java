package org.mail2blog.trust;

import java.util.List;
import java.util.Optional;

/**
 * One Authentication-Results header, read.
 *
 * @param authservId who wrote it (the verifying server's authserv-id), lower-case
 * @param version    the header version after the authserv-id, if one was written
 * @param results    the results in the order written; empty for {@code none}
 */
public record AuthenticationResults(String authservId, Optional<String> version, List<AuthResult> results) {

    public AuthenticationResults {
        results = List.copyOf(results);
    }
}
