package org.ecites.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * Where each permit of a run spent its time between hosted Parties, read from the services' own records after
 * the run: the registry's PermitIssued outbox row (committed, then handed to Kafka), signing's PermitSigned
 * outbox row (the signature committed, then handed to Kafka), and the exchange's delivery to the importing
 * Party's inbox. Only permits that reached the inbox are listed.
 */
record PipelineTimes(Instant issued, Instant issuePublished, Instant signed, Instant signPublished, Instant delivered) {

    /** The pipeline's legs in order, with what each one waits for. */
    static final Map<String, Function<PipelineTimes, Duration>> LEGS = legs();

    private static Map<String, Function<PipelineTimes, Duration>> legs() {
        Map<String, Function<PipelineTimes, Duration>> legs = new LinkedHashMap<>();
        legs.put("registry's relay (issue committed -> handed to Kafka)", t -> between(t.issued, t.issuePublished));
        legs.put("signing's consumer (-> signature committed)", t -> between(t.issuePublished, t.signed));
        legs.put("signing's relay (-> PermitSigned handed to Kafka)", t -> between(t.signed, t.signPublished));
        legs.put("exchange's consumer (-> in the importer's inbox)", t -> between(t.signPublished, t.delivered));
        return Collections.unmodifiableMap(legs);
    }

    /** The permits issued since {@code since} that reached the importer's inbox. */
    static List<PipelineTimes> read(String jdbc, Instant since) throws SQLException {
        Map<UUID, Instant[]> issued = outboxTimes(jdbc + "permit_registry", "org.ecites.permit.issued.v1", since);
        Map<UUID, Instant[]> signed = outboxTimes(jdbc + "signing", "org.ecites.permit.signed.v1", since);
        List<PipelineTimes> times = new ArrayList<>();
        try (Connection exchange = DriverManager.getConnection(jdbc + "exchange", "postgres", "postgres");
                ResultSet rows = exchange.createStatement().executeQuery("select permit_id, created_at from delivery"
                        + " where message = 'PERMIT' and route = 'INBOX' and created_at > '" + Timestamp.from(since) + "'")) {
            while (rows.next()) {
                UUID permit = rows.getObject(1, UUID.class);
                Instant[] issue = issued.get(permit);
                Instant[] signature = signed.get(permit);
                if (issue != null && signature != null) {
                    times.add(new PipelineTimes(issue[0], issue[1], signature[0], signature[1],
                            rows.getTimestamp(2).toInstant()));
                }
            }
        }
        return times;
    }

    /** From the issue's commit to the importer's inbox. */
    Duration total() {
        return between(issued, delivered);
    }

    /** Records milliseconds, clamped to the histogram's range. */
    static void record(Histogram histogram, Duration duration) {
        histogram.recordValue(Math.min(histogram.getHighestTrackableValue(), Math.max(0, duration.toMillis())));
    }

    private static Duration between(Instant from, Instant to) {
        return from == null || to == null ? Duration.ZERO : Duration.between(from, to);
    }

    /** Per document, the outbox row's creation (its transaction's commit, near enough) and its hand-over to Kafka. */
    private static Map<UUID, Instant[]> outboxTimes(String url, String type, Instant since) throws SQLException {
        Map<UUID, Instant[]> times = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rows = connection.createStatement().executeQuery("select aggregate_id, created_at, published_at"
                        + " from outbox_event where event_type = '" + type + "' and created_at > '"
                        + Timestamp.from(since) + "' and published_at is not null")) {
            while (rows.next()) {
                times.put(rows.getObject(1, UUID.class),
                        new Instant[] {rows.getTimestamp(2).toInstant(), rows.getTimestamp(3).toInstant()});
            }
        }
        return times;
    }
}
