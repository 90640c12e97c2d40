package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DatabaseAddressTest {
    private static final Map<String, String> ENV = Map.of(
            DatabaseAddress.TARGET_USER_ENV, "blog", DatabaseAddress.TARGET_PASSWORD_ENV, "hemligt-lösenord");

    private static Settings settings(Map<String, String> env) throws InvalidSettings {
        return Settings.load(Path.of("config", "application.properties"), env, new Properties());
    }

    @Test
    void theTargetsLoginEnvironmentVariablesAreNotMistakenForUnknownKeys() throws InvalidSettings {
        assertThat(settings(ENV).dbUser()).isEqualTo("sa");
    }

    @Test
    void takesTheTargetsLoginFromTheEnvironmentWhenNoOptionGivesIt() throws InvalidSettings {
        DatabaseAddress target = DatabaseAddress.target("jdbc:postgresql://db.example.com/blog", Optional.empty(),
                Optional.empty(), ENV, settings(Map.of()));
        assertThat(target.user()).isEqualTo("blog");
        assertThat(target.password()).isEqualTo("hemligt-lösenord");
    }

    @Test
    void anOptionWinsOverTheEnvironmentAndTheConfiguredLoginIsTheLastResort() throws InvalidSettings {
        Settings settings = settings(Map.of());
        assertThat(DatabaseAddress.target("jdbc:h2:file:./ny", Optional.of("karin"), Optional.empty(), ENV, settings).user())
                .isEqualTo("karin");
        assertThat(DatabaseAddress.target("jdbc:h2:file:./ny", Optional.empty(), Optional.empty(), Map.of(), settings).user())
                .isEqualTo("sa");
    }

    @Test
    void neverShowsAPasswordWrittenIntoTheUrl() {
        DatabaseAddress address = new DatabaseAddress(
                "jdbc:postgresql://db.example.com/blog?user=blog&password=hemligt&ssl=true", "blog", "annat");
        assertThat(address.toString()).doesNotContain("hemligt").doesNotContain("annat");
        assertThat(address.maskedUrl()).isEqualTo("jdbc:postgresql://db.example.com/blog?user=blog&password=***&ssl=true");
    }

    @Test
    void showsAnH2UrlWithoutItsOptions() {
        assertThat(new DatabaseAddress("jdbc:h2:file:./data/mail2blog;AUTO_SERVER=TRUE;PASSWORD=x", "sa", "").shown())
                .isEqualTo("jdbc:h2:file:./data/mail2blog");
    }
}
