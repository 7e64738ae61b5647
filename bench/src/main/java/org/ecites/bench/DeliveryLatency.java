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
 * The issuing pipeline between hosted Parties, read after a load run from the services' own records: when the
 * registry committed each permit (its PermitIssued outbox row), when signing's relay handed its PermitSigned to
 * Kafka (acknowledged), and when the exchange put the document in the importing Party's inbox. Prints the
 * pipeline's rate (documents delivered per second of the run) and both latencies. Run it after IssuePermitsLoad:
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
        Map<UUID, Instant> issued = outboxTimes(jdbc + "permit_registry", "org.ecites.permit.issued.v1", "created_at",
                since);
        Map<UUID, Instant> signed = outboxTimes(jdbc + "signing", "org.ecites.permit.signed.v1", "published_at", since);
        Histogram fromIssue = new Histogram(600_000L, 3);
        Histogram fromSigned = new Histogram(600_000L, 3);
        Instant first = null;
        Instant last = null;
        try (Connection exchange = DriverManager.getConnection(jdbc + "exchange", "postgres", "postgres");
                ResultSet rows = exchange.createStatement().executeQuery("select permit_id, created_at from delivery"
                        + " where message = 'PERMIT' and route = 'INBOX' and created_at > '" + Timestamp.from(since) + "'")) {
            while (rows.next()) {
                UUID permit = rows.getObject(1, UUID.class);
                Instant delivered = rows.getTimestamp(2).toInstant();
                record(fromIssue, issued.get(permit), delivered);
                record(fromSigned, signed.get(permit), delivered);
                if (issued.containsKey(permit)) {
                    first = first == null || issued.get(permit).isBefore(first) ? issued.get(permit) : first;
                    last = last == null || delivered.isAfter(last) ? delivered : last;
                }
            }
        }
        System.out.printf("last %s: %d permits issued, %d signed, %d of them delivered to the importer's inbox%n",
                window, issued.size(), signed.size(), fromIssue.getTotalCount());
        if (first != null) {
            double seconds = Math.max(1, Duration.between(first, last).toMillis()) / 1000.0;
            System.out.printf("pipeline: %.1f permits/s from the first issue to the last delivery (%.1f s)%n",
                    fromIssue.getTotalCount() / seconds, seconds);
        }
        print("issued (committed) -> in the importer's inbox", fromIssue);
        print("PermitSigned handed to Kafka -> in the importer's inbox", fromSigned);
    }

    private static Map<UUID, Instant> outboxTimes(String url, String type, String column, Instant since)
            throws SQLException {
        Map<UUID, Instant> times = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rows = connection.createStatement().executeQuery("select aggregate_id, " + column
                        + " from outbox_event where event_type = '" + type + "' and created_at > '"
                        + Timestamp.from(since) + "' and " + column + " is not null")) {
            while (rows.next()) {
                times.put(rows.getObject(1, UUID.class), rows.getTimestamp(2).toInstant());
            }
        }
        return times;
    }

    private static void record(Histogram histogram, Instant from, Instant to) {
        if (from != null) {
            histogram.recordValue(Math.min(histogram.getHighestTrackableValue(),
                    Math.max(0, Duration.between(from, to).toMillis())));
        }
    }

    private static void print(String what, Histogram millis) {
        System.out.printf("%s: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", what, millis.getValueAtPercentile(50),
                millis.getValueAtPercentile(90), millis.getValueAtPercentile(99), millis.getMaxValue());
    }
}
