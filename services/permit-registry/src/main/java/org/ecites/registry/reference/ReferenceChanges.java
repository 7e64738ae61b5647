package org.ecites.registry.reference;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGProperty;

/**
 * When the reference data the registry caches (hosted Parties, Management Authorities, trade suspensions)
 * changed. The database notifies every replica of each committed change (migration V15) on a connection of
 * its own, outside the pool; a change committed here counts at once, before its notification arrives. While
 * no notification can be heard (before the first connection, or after one broke) {@link #generation()} says
 * so and the caches read the database every time: a cache never outlives a change it could not hear of.
 */
@ApplicationScoped
public class ReferenceChanges {

    /** The generation while no notification can be heard. */
    public static final long NOT_LISTENING = -1;
    static final String CHANNEL = "registry_reference";
    static final String CONNECTION_NAME = "registry-reference-changes";

    private static final Logger LOG = Logger.getLogger(ReferenceChanges.class);
    private static final int WAIT_MILLIS = 10_000;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    /** Fired inside a transaction that changes reference data. */
    public record Changing() {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Event<Changing> changing;
    private final String url;
    private final Properties login = new Properties();
    private volatile boolean listening;
    private volatile boolean running = true;
    private Thread listener;

    ReferenceChanges(Event<Changing> changing, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.changing = changing;
        this.url = url;
        PGProperty.USER.set(login, user);
        PGProperty.PASSWORD.set(login, password);
        PGProperty.APPLICATION_NAME.set(login, CONNECTION_NAME);
        registry.gauge("ecites.reference.changes.listening", this, changes -> changes.listening ? 1 : 0);
    }

    void start(@Observes StartupEvent start) {
        listener = Thread.ofPlatform().name(CONNECTION_NAME).daemon().start(this::listen);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        listener.interrupt();
    }

    /** Changes with every change heard of; {@link #NOT_LISTENING} while none can be heard. */
    public long generation() {
        return listening ? generation.get() : NOT_LISTENING;
    }

    /** Called in a transaction that changes reference data: once it commits, every cache here reads again. */
    public void changeInThisTransaction() {
        changing.fire(new Changing());
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changing change) {
        generation.incrementAndGet();
    }

    private void listen() {
        long backoff = 1_000;
        while (running) {
            try (Connection connection = new Driver().connect(url, login)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                generation.incrementAndGet(); // what changed while nobody listened
                listening = true;
                backoff = 1_000;
                hear(connection);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("reference changes cannot be heard, caches bypassed; retrying in %d ms: %s", backoff,
                            e.getMessage());
                }
            } finally {
                listening = false;
                generation.incrementAndGet();
            }
            backoff = pause(backoff);
        }
    }

    private void hear(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
            if (notifications.getNotifications(WAIT_MILLIS).length > 0) {
                generation.incrementAndGet();
            } else if (!connection.isValid(WAIT_MILLIS / 1_000)) {
                throw new SQLException("the notification connection no longer answers");
            }
        }
    }

    private long pause(long backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
    }
}
