package org.mail2blog.notify;

import java.time.Duration;

/**
 * Where outgoing mail is handed over.
 *
 * @param host     the relay's host
 * @param port     the relay's port
 * @param security {@code starttls}, {@code tls} or {@code none}
 * @param user     login; empty for none
 * @param password password; empty for none
 * @param timeout  connection and read timeout
 */
public record SmtpSettings(String host, int port, String security, String user, String password,
                           Duration timeout) {
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + (user.isEmpty() ? "" : ", user " + user) + "]";
    }
}
