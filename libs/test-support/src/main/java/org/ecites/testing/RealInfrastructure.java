package org.ecites.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.ecites.stack.Kafka;
import org.ecites.stack.Postgres;

/**
 * A real PostgreSQL server and a real single-node Kafka KRaft broker, on random loopback ports,
 * started once per test JVM and shared by every test class of a service.
 */
public class RealInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static Postgres postgres;
    private static Kafka kafka;

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            postgres = Postgres.start(0);
            kafka = Kafka.start();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("postgres"),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", Postgres.PASSWORD,
                "kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; both end with it (zonky and Kafka stop at JVM exit).
    }

    public static String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }
}
