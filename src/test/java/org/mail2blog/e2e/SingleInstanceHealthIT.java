package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.EmbeddedApp;

/** A default install is one instance, which leads by itself: it polls the mailbox and sends the outbox. */
class SingleInstanceHealthIT {
    @RegisterExtension
    static final EmbeddedApp site = new EmbeddedApp();

    @Test
    void aSingleInstanceSaysItLeadsWithoutAnyClusterSettings() throws Exception {
        HttpResponse<String> health = site.app().http().get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("up");
        assertThat(body.get("clustered").asBoolean()).isFalse();
        assertThat(body.get("leader").asBoolean()).isTrue();
        assertThat(body.get("instance").asText()).endsWith("-" + ProcessHandle.current().pid());
    }
}
