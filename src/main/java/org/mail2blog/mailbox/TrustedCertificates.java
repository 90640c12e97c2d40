package org.mail2blog.mailbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Trust built from a PEM file with the JDK alone: the certificate of a self-signed server, or of a
 * private CA, becomes the only trust anchor of the mailbox connection (the system trust store is not
 * consulted then). Host-name checking stays on; it is set with the connection's properties.
 */
public final class TrustedCertificates {
    private TrustedCertificates() {
    }

    /**
     * A socket factory that trusts exactly the certificates in {@code pemFile}.
     *
     * @throws IllegalArgumentException naming the file and the problem, when it cannot be read or
     *                                  holds no certificate
     */
    public static SSLSocketFactory socketFactory(Path pemFile) {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            int n = 0;
            for (Certificate certificate : read(pemFile)) {
                anchors.setCertificateEntry("trusted-" + n++, certificate);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException(pemFile + ": cannot build TLS trust from it (" + e.getMessage() + ")", e);
        }
    }

    private static Collection<? extends Certificate> read(Path pemFile) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException(pemFile + ": holds no certificate; expected one or more"
                        + " '-----BEGIN CERTIFICATE-----' blocks");
            }
            return certificates;
        }
    }
}
