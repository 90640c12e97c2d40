package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.TestApp;

/**
 * Every page, a reader's, an admin's and the not-found page, is sent with the same security
 * headers; Strict-Transport-Security only when the public base URL is https.
 */
class SecurityHeadersIT {
    @TempDir
    static Path httpsDir;
    @TempDir
    static Path httpDir;
    static TestApp behindHttps;
    static TestApp plainHttp;

    @BeforeAll
    static void start() throws Exception {
        behindHttps = TestApp.embedded(httpsDir, Map.of("mail2blog.web.base-url", "https://blogg.example.com"));
        plainHttp = TestApp.embedded(httpDir);
    }

    @AfterAll
    static void stop() {
        behindHttps.close();
        plainHttp.close();
    }

    /** Requests the page on the app's real port (the https base URL is the proxy's, not ours). */
    private static HttpResponse<String> get(TestApp app, String path) {
        return new Http("http://127.0.0.1:" + app.settings().webPort()).get(path);
    }

    @ParameterizedTest
    @CsvSource({"/, 200", "/t/kallsortering-ii, 200", "/admin/login, 200", "/finns-inte, 404"})
    void everyPageHasTheSecurityHeaders(String path, int status) {
        HttpResponse<String> response = get(behindHttps, path);
        assertThat(response.statusCode()).isEqualTo(status);
        HttpHeaders headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).get().asString()
                .contains("camera=()").contains("microphone=()").contains("geolocation=()");
        assertThat(headers.firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @ParameterizedTest
    @CsvSource({"/, 200", "/admin/login, 200", "/finns-inte, 404"})
    void plainHttpBaseUrlSendsNoStrictTransportSecurity(String path, int status) {
        HttpResponse<String> response = get(plainHttp, path);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }
}
