package org.mail2blog.admin;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One admin account as {@code admin list} shows it: never the password hash. */
public record AdminAccount(String username, Optional<String> email, OffsetDateTime createdAt) {
}
