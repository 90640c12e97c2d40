package org.mail2blog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ClusterSettingsTest {
    private static final Path FILE = Path.of("config", "application.properties");
    private static final String POSTGRES = "jdbc:postgresql://db.example.com/blog";

    private static Settings load(String... pairs) throws InvalidSettings {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            p.put(pairs[i], pairs[i + 1]);
        }
        return Settings.load(FILE, Map.of(), p);
    }

    private static String problems(String... pairs) {
        return String.join("\n", catchThrowableOfType(InvalidSettings.class, () -> load(pairs)).problems());
    }

    @Test
    void aDefaultInstallIsOneInstanceWhoseRoutesNeedNoLeader() throws InvalidSettings {
        Settings s = load();

        assertThat(s.isClustered()).isFalse();
        assertThat(s.camelProperties().getProperty("mail2blog.cluster.leader-only")).isEmpty();
    }

    @Test
    void aLockFolderMakesTheLeaderOnlyRoutesCamelMasterRoutes() throws InvalidSettings {
        Settings s = load("mail2blog.cluster.lock-dir", "/srv/shared/mail2blog-lock", "mail2blog.db.url", POSTGRES,
                "mail2blog.mailbox.host", "imap.example.com", "mail2blog.mailbox.password", "hemligt-lösenord",
                "mail2blog.cluster.instance-id", "web-2");

        assertThat(s.isClustered()).isTrue();
        assertThat(s.clusterLockDir()).contains(Path.of("/srv/shared/mail2blog-lock"));
        assertThat(s.instanceId()).isEqualTo("web-2");
        assertThat(s.camelProperties().getProperty("mail2blog.cluster.leader-only")).isEqualTo("master:mail2blog:");
    }

    @Test
    void anUnnamedInstanceIsNamedAfterItsHostAndProcess() throws InvalidSettings {
        assertThat(load().instanceId()).endsWith("-" + ProcessHandle.current().pid());
    }

    @Test
    void severalInstancesOnAnH2FileAreRefused() {
        assertThat(problems("mail2blog.cluster.lock-dir", "/srv/shared/lock", "mail2blog.mailbox.host",
                "imap.example.com", "mail2blog.mailbox.password", "hemligt-lösenord"))
                .contains("mail2blog.cluster.lock-dir: several instances need one database server")
                .contains("jdbc:postgresql://");
    }

    @Test
    void anH2ServerIsADatabaseTheInstancesCanShare() throws InvalidSettings {
        Settings s = load("mail2blog.cluster.lock-dir", "/srv/shared/lock", "mail2blog.db.url",
                "jdbc:h2:tcp://db.example.com:9092/mail2blog", "mail2blog.mailbox.host", "imap.example.com",
                "mail2blog.mailbox.password", "hemligt-lösenord");

        assertThat(s.isClustered()).isTrue();
    }

    @Test
    void severalInstancesOnTheEmbeddedMailServerAreRefused() {
        assertThat(problems("mail2blog.cluster.lock-dir", "/srv/shared/lock", "mail2blog.db.url", POSTGRES))
                .contains("mail2blog.cluster.lock-dir: several instances need one mailbox")
                .doesNotContain("need one database");
    }

    @Test
    void badInstanceIdAndHeartbeatAreNamedWithTheirKeys() {
        assertThat(problems("mail2blog.cluster.instance-id", "web 2/ö", "mail2blog.cluster.heartbeat-seconds", "0"))
                .contains("mail2blog.cluster.instance-id: must be empty or 1-64 letters")
                .contains("mail2blog.cluster.heartbeat-seconds: must be a whole number from 1 to 60");
    }
}
