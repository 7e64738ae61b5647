package org.ecites.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * A real PostgreSQL server from the zonky embedded binaries, as a child process on loopback. Its data
 * folder is its own, so the server can be stopped and started again on the same port with the same data
 * (an outage), and it is deleted when the server is closed.
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final boolean durable;
    private EmbeddedPostgres server;

    private Postgres(Path dataDirectory, EmbeddedPostgres server, boolean durable) {
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.port = server.getPort();
        this.durable = durable;
    }

    /** @param port the port to listen on, or 0 for any free one */
    public static Postgres start(int port) {
        return start(port, false);
    }

    /**
     * @param durable production durability (fsync, synchronous_commit and full-page writes on); otherwise the
     *                embedded defaults, which trade crash safety for speed
     */
    public static Postgres start(int port, boolean durable) {
        try {
            Path data = Files.createTempDirectory("ecites-postgres");
            return new Postgres(data, launch(data, port, durable), durable);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    private static EmbeddedPostgres launch(Path data, int port, boolean durable) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data).setCleanDataDirectory(false);
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Stops the server (an outage: every connection drops, none can be made) until {@link #resume()}. */
    public synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop", e);
        }
        awaitShutdown();
    }

    /**
     * The embedded server's close gives pg_ctl 5 s and only logs when the shutdown takes longer, as the checkpoint
     * of a busy durable server can; the server goes on stopping, and a start before it has ended would fail.
     */
    private void awaitShutdown() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Instant deadline = Instant.now().plus(SHUTDOWN_LIMIT);
        while (Files.exists(pidFile)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("PostgreSQL did not stop within " + SHUTDOWN_LIMIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while PostgreSQL was stopping", e);
            }
        }
    }

    /** Starts the stopped server again, on the same port with the same data. */
    public synchronized void resume() {
        try {
            server = launch(dataDirectory, port, durable);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start again", e);
        }
    }

    public int port() {
        return port;
    }

    /** The database's address, without a user: each client names the role it connects as. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabase(String database) {
        execute("create database " + database);
    }

    /** Runs one statement as the superuser in the {@code postgres} database. */
    public synchronized void execute(String sql) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        server.close();
        TemporaryFolders.delete(dataDirectory);
    }
}
