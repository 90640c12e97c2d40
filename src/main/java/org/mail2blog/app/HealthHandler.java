package org.mail2blog.app;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.ext.web.Router;

/**
 * {@code GET /health}: {@code {"status":"up","instance":…,"clustered":…,"leader":…}} for load balancers
 * and operators; with several instances, exactly one says {@code "leader":true} (it polls the mailbox
 * and sends the outbox). Tells nothing about the blog's content, so it needs no login.
 */
final class HealthHandler {
    private final Cluster cluster;

    HealthHandler(Cluster cluster) {
        this.cluster = cluster;
    }

    void mount(Router router) {
        router.get("/health").handler(ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "up");
            body.put("instance", cluster.instanceId());
            body.put("clustered", cluster.isClustered());
            body.put("leader", cluster.isLeader());
            ctx.response().putHeader("Cache-Control", "no-store");
            AdminApi.json(ctx, 200, body);
        });
    }
}
