package nl.statushouders.platform.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Listens for the outbox trigger's NOTIFY on a connection of its own and wakes the relay, so an
 * event committed on an instance that does not hold the lease is published at once, not at the
 * leader's next poll. Reconnects by itself; while it is away the poll still publishes.
 */
@ApplicationScoped
public class OutboxNotifications {

    private static final Logger LOG = Logger.getLogger(OutboxNotifications.class);

    private final Vertx vertx;
    private final String url;
    private final String user;
    private final String password;
    private PgSubscriber subscriber;

    public OutboxNotifications(Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                               @ConfigProperty(name = "quarkus.datasource.username") String user,
                               @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.url = url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
        this.user = user;
        this.password = password;
    }

    synchronized void listen(Runnable onCommit) {
        if (subscriber != null) {
            return;
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1_000L);
        subscriber.channel("outbox").handler(payload -> onCommit.run());
        connect(subscriber);
    }

    /** The reconnect policy covers a lost connection; a first connect that fails is tried again here. */
    private void connect(PgSubscriber s) {
        s.connect().onFailure(e -> {
            LOG.infof("Outbox notifications not connected yet (%s); polling meanwhile", e.getClass().getSimpleName());
            vertx.setTimer(2_000, id -> {
                synchronized (this) {
                    if (subscriber == s) {
                        connect(s);
                    }
                }
            });
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (subscriber != null) {
                subscriber.close();
                subscriber = null;
            }
        }
    }
}
