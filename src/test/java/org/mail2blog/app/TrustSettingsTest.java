package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** {@code mail2blog.trust.authserv-ids}: empty by default, a comma list, checked at start-up. */
class TrustSettingsTest {
    private static final Path FILE = Path.of("config", "application.properties");

    private static Properties authservIds(String value) {
        Properties p = new Properties();
        p.put("mail2blog.trust.authserv-ids", value);
        return p;
    }

    @Test
    void noAuthservIdIsTrustedByDefault() throws InvalidSettings {
        assertThat(Settings.load(FILE, Map.of(), new Properties()).trustedAuthservIds()).isEmpty();
    }

    @Test
    void readsACommaListLowerCased() throws InvalidSettings {
        Settings s = Settings.load(FILE, Map.of(), authservIds(" MX1.example.com, mx2.example.com ,"));
        assertThat(s.trustedAuthservIds()).containsExactly("mx1.example.com", "mx2.example.com");
    }

    @Test
    void refusesAnAuthservIdThatIsNotAName() {
        InvalidSettings problem = catchThrowableOfType(InvalidSettings.class,
                () -> Settings.load(FILE, Map.of(), authservIds("mx.example.com; dkim=pass")));
        assertThat(problem.problems()).singleElement().asString().startsWith("mail2blog.trust.authserv-ids: must be");
    }
}
