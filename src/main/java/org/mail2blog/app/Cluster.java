package org.mail2blog.app;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterView;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which instance does the work that must happen once per blog: polling the mailbox and sending the
 * outbox. A single instance (no {@code mail2blog.cluster.lock-dir}) always does it. Several instances
 * elect one through Camel's {@link FileLockClusterService}, a lock file on a folder they all share;
 * routes whose from-URI starts with {@code {{mail2blog.cluster.leader-only}}} (Camel's {@code master:}
 * component) run their consumer on the leader only, and another instance takes over when the
 * leader's lock goes stale. Thread-safe.
 */
final class Cluster {
    /** The one election all leader-only routes share, so one instance does all of that work. */
    static final String NAMESPACE = "mail2blog";
    private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);
    private final String instanceId;
    private final Optional<FileLockClusterService> service;

    private Cluster(String instanceId, Optional<FileLockClusterService> service) {
        this.instanceId = instanceId;
        this.service = service;
    }

    static Cluster of(Settings settings) {
        return new Cluster(settings.instanceId(), settings.clusterLockDir().map(dir -> {
            FileLockClusterService files = new FileLockClusterService();
            files.setId(settings.instanceId());
            files.setRoot(dir.toAbsolutePath().toString());
            files.setAcquireLockDelay(500, TimeUnit.MILLISECONDS);
            files.setAcquireLockInterval(settings.clusterHeartbeat().toMillis(), TimeUnit.MILLISECONDS);
            return files;
        }));
    }

    /** Adds the cluster service to Camel before the routes start, and logs each change of leader. */
    void bindTo(Main main) {
        service.ifPresent(files -> main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport base) {
                CamelContext context = base.getCamelContext();
                try {
                    context.addService(files, true, true);
                    CamelClusterView view = files.getView(NAMESPACE);
                    view.addEventListener((CamelClusterEventListener.Leadership) (v, leader) -> logLeader());
                } catch (Exception e) {
                    throw new IllegalStateException("cannot start the cluster service on "
                            + files.getRoot() + ": " + e.getMessage(), e);
                }
                LOG.info("[cluster] instance={} joined, lock folder {}; standing by until it leads",
                        instanceId, files.getRoot());
            }
        }));
    }

    private void logLeader() {
        if (isLeader()) {
            LOG.info("[cluster] instance={} leads: it polls the mailbox and sends the outbox", instanceId);
        } else {
            LOG.info("[cluster] instance={} follows: another instance polls the mailbox", instanceId);
        }
    }

    String instanceId() {
        return instanceId;
    }

    boolean isClustered() {
        return service.isPresent();
    }

    /** True when this instance polls the mailbox and sends the outbox (a single instance always does). */
    boolean isLeader() {
        return service.map(files -> files.isLeader(NAMESPACE)).orElse(true);
    }
}
