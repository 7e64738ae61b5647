package org.ecites.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * From PermitSigned to Delivered between hosted Parties, read after a load run from the two services' own
 * records: when signing's outbox relay handed each PermitSigned to Kafka (acknowledged), and when the
 * exchange put the document in the importing Party's inbox. Run it after IssuePermitsLoad:
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.DeliveryLatency [minutes=5] [jdbc=jdbc:postgresql://127.0.0.1:15432/]
 */
public final class DeliveryLatency {

    private DeliveryLatency() {
    }

    public static void main(String[] args) throws SQLException {
        Duration window = Duration.ofMinutes(args.length > 0 ? Long.parseLong(args[0]) : 5);
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:15432/";
        Instant since = Instant.now().minus(window);
        Map<UUID, Instant> signed = new HashMap<>();
        try (Connection signing = DriverManager.getConnection(jdbc + "signing", "postgres", "postgres");
                ResultSet rows = signing.createStatement().executeQuery("select aggregate_id, published_at"
                        + " from outbox_event where event_type = 'org.ecites.permit.signed.v1' and published_at > '"
                        + Timestamp.from(since) + "'")) {
            while (rows.next()) {
                signed.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
            }
        }
        Histogram millis = new Histogram(60_000L, 3);
        try (Connection exchange = DriverManager.getConnection(jdbc + "exchange", "postgres", "postgres");
                ResultSet rows = exchange.createStatement().executeQuery("select permit_id, created_at from delivery"
                        + " where message = 'PERMIT' and route = 'INBOX' and created_at > '" + Timestamp.from(since) + "'")) {
            while (rows.next()) {
                Instant published = signed.get(rows.getObject(1, UUID.class));
                if (published != null) {
                    millis.recordValue(Math.max(0, Duration.between(published, rows.getTimestamp(2).toInstant()).toMillis()));
                }
            }
        }
        System.out.printf("PermitSigned handed to Kafka -> in the importer's inbox, last %s: %d documents%n", window,
                millis.getTotalCount());
        System.out.printf("p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", millis.getValueAtPercentile(50),
                millis.getValueAtPercentile(90), millis.getValueAtPercentile(99), millis.getMaxValue());
    }
}
