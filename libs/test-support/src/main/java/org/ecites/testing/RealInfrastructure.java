package org.ecites.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.ecites.events.EventTopics;
import org.ecites.infrastructure.Kafka;
import org.ecites.infrastructure.Postgres;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A real PostgreSQL server and a real single-node Kafka KRaft broker with SASL/SCRAM and ACLs, on random
 * loopback ports, started once per test JVM and shared by every test class of a service. The service
 * under test connects to Kafka as its own principal, named by {@code quarkus.application.name}, and to
 * PostgreSQL as a role that owns no table, while Flyway migrates as the owner.
 *
 * <p>A test profile restarts the application in a new class loader, where this class's fields start
 * empty; the servers' addresses and passwords are therefore kept in system properties, which the whole
 * JVM shares, and the servers are started only once.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** The role the service under test connects as: no superuser, owns no table, so row-level security holds. */
    public static final String APP_ROLE = "ecites_app";
    private static final String APP_PASSWORD = "ecites-app-test";
    private static final String PREFIX = "ecites.test.";

    private static Postgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        if (System.getProperty(PREFIX + "kafka") == null) {
            startServers();
        }
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getProperty(PREFIX + "postgres"),
                "ecites.db.user", APP_ROLE,
                "ecites.db.password", APP_PASSWORD,
                "ecites.db.owner", Postgres.USER,
                "ecites.db.owner-password", Postgres.PASSWORD,
                "kafka.bootstrap.servers", System.getProperty(PREFIX + "kafka"),
                "ecites.kafka.password", kafka().passwords().get(service));
    }

    private static void startServers() {
        postgres = Postgres.start(0);
        postgres.execute("create role " + APP_ROLE + " login password '" + APP_PASSWORD + "'");
        Kafka.Clients kafka = Kafka.start().clients();
        System.setProperty(PREFIX + "postgres", postgres.jdbcUrl("postgres"));
        kafka.passwords().forEach((service, password) -> System.setProperty(PREFIX + service, password));
        System.setProperty(PREFIX + "kafka", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; both end with it (zonky and Kafka stop at JVM exit).
    }

    static Kafka.Clients kafka() {
        Map<String, String> passwords = new HashMap<>();
        EventTopics.SERVICES.forEach(service -> passwords.put(service, System.getProperty(PREFIX + service)));
        return new Kafka.Clients(System.getProperty(PREFIX + "kafka"), passwords);
    }

    /**
     * Runs one statement as the database's owner, past row-level security and the service's grants: what a
     * database administrator (or an attacker with the owner's password) could do, never the service.
     */
    public static int executeAsOwner(String sql, Object... parameters) {
        return asOwner(sql, parameters, PreparedStatement::executeUpdate);
    }

    /** Reads one value as the database's owner (past row-level security): what the service stored, seen from outside. */
    public static Object queryAsOwner(String sql, Object... parameters) {
        return asOwner(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        });
    }

    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private static <T> T asOwner(String sql, Object[] parameters, StatementWork<T> work) {
        try (Connection connection = DriverManager.getConnection(System.getProperty(PREFIX + "postgres"),
                Postgres.USER, Postgres.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("the owner could not run: " + sql, e);
        }
    }

    /** The server, for tests that take it down and bring it back (an outage); only where this loader started it. */
    public static Postgres postgres() {
        if (postgres == null) {
            throw new IllegalStateException("PostgreSQL was started by another class loader of this JVM");
        }
        return postgres;
    }
}
