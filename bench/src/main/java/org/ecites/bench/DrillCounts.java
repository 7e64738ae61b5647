package org.ecites.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * After a fault drill, counts per permit what each service did with it, from the services' own databases and
 * from what is on the Kafka topics, and prints the table for docs/reliability.md. Each line holds the number
 * of permits the count applies to, how many have exactly the expected count, how many have less (lost) and
 * how many more (duplicated). The events on the topics are counted twice: records (a relay that died between
 * sending and marking may send one again, which consumers must absorb) and distinct event ids (a second id
 * for one fact would be a duplicated effect).
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.DrillCounts since answers.csv kafka-bootstrap
 *     kafka-admin-password [jdbc=jdbc:postgresql://127.0.0.1:15432/]
 */
public final class DrillCounts {

    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final Duration QUIET_TIMEOUT = Duration.ofMinutes(15);

    private final String jdbc;
    private final Set<UUID> permits;
    private final Set<UUID> endorsed;
    private final StringBuilder table = new StringBuilder("| count, per permit | permits | as expected | fewer (lost) | more (duplicated) |\n|---|---|---|---|---|\n");

    private DrillCounts(String jdbc, Set<UUID> permits, Set<UUID> endorsed) {
        this.jdbc = jdbc;
        this.permits = permits;
        this.endorsed = endorsed;
    }

    public static void main(String[] args) throws Exception {
        Instant since = Instant.parse(args[0]);
        Map<String, String> answers = Files.readAllLines(Path.of(args[1])).stream()
                .map(line -> line.split(",", 2)).collect(Collectors.toMap(line -> line[0], line -> line[1]));
        String jdbc = args.length > 4 ? args[4] : "jdbc:postgresql://127.0.0.1:15432/";
        awaitQuiet(jdbc, since);
        TopicCounts topics = TopicCounts.read(args[2], args[3]);

        Map<String, UUID> issued = issuedSince(jdbc, since);
        Set<String> acknowledgedButMissing = answers.keySet().stream().filter(n -> !issued.containsKey(n))
                .collect(Collectors.toSet());
        // the drill's client is the only one that endorses: a retry refused as used means its earlier attempt
        // committed and only the answer was lost
        Set<UUID> endorsedByClient = answers.entrySet().stream()
                .filter(e -> e.getValue().startsWith("endorsed") || e.getValue().startsWith("refused-as-used"))
                .map(e -> issued.get(e.getKey())).filter(Objects::nonNull).collect(Collectors.toSet());
        DrillCounts counts = new DrillCounts(jdbc, Set.copyOf(issued.values()), endorsedByClient);
        System.out.printf("since %s: %d permits committed by the registry, %d answered 201 to the client, "
                        + "%d answered 201 but not in the registry; endorsements answered: %s%n", since, issued.size(),
                answers.size(), acknowledgedButMissing.size(), answers.values().stream().collect(Collectors.groupingBy(
                        v -> v.replaceAll("-at-attempt-\\d+", ""), TreeMap::new, Collectors.counting())));
        counts.check(counts.permits, "registry: PermitIssued in its outbox, published", 1, "permit_registry",
                "select aggregate_id, count(*) from outbox_event where event_type = 'org.ecites.permit.issued.v1'"
                        + " and published_at is not null and aggregate_id = any(?) group by 1");
        counts.check(counts.permits, "Kafka: distinct PermitIssued ids", 1, topics.distinctIds("org.ecites.permit.issued.v1"));
        counts.check(counts.permits, "signing: signed once (signed_permit)", 1, "signing",
                "select permit_id, count(*) from signed_permit where permit_id = any(?) group by 1");
        counts.check(counts.permits, "Kafka: distinct PermitSigned ids", 1, topics.distinctIds("org.ecites.permit.signed.v1"));
        counts.check(counts.permits, "exchange: delivered once to Norway's inbox", 1, "exchange",
                "select permit_id, count(*) from delivery where message = 'PERMIT' and route = 'INBOX'"
                        + " and status = 'DELIVERED' and permit_id = any(?) group by 1");
        counts.check(counts.permits, "exchange: received once by Norway", 1, "exchange",
                "select permit_id, count(*) from received_permit where recipient_party = 'NO' and version = 'ISSUED'"
                        + " and permit_id = any(?) group by 1");
        counts.check(counts.permits, "customs: awaiting or endorsed once (endorsable_permit)", 1, "customs_endorsement",
                "select permit_id, count(*) from endorsable_permit where permit_id = any(?) group by 1");
        counts.check(counts.endorsed, "customs: endorsed at most once, for the permits endorsed", 1, "customs_endorsement",
                "select permit_id, count(*) from endorsement where permit_id = any(?) group by 1");
        Set<UUID> notEndorsed = counts.permits.stream().filter(p -> !counts.endorsed.contains(p)).collect(Collectors.toSet());
        counts.check(notEndorsed, "customs: no endorsement, for the permits not endorsed", 0, "customs_endorsement",
                "select permit_id, count(*) from endorsement where permit_id = any(?) group by 1");
        counts.check(counts.endorsed, "Kafka: distinct PermitEndorsed ids", 1, topics.distinctIds("org.ecites.permit.endorsed.v1"));
        counts.check(counts.endorsed, "signing: signed as used once (FinalCertificateSigned ids)", 1,
                topics.distinctIds("org.ecites.permit.final-certificate-signed.v1"));
        counts.check(counts.endorsed, "exchange: the document as used received once by Norway", 1, "exchange",
                "select permit_id, count(*) from received_permit where recipient_party = 'NO' and version = 'FINAL'"
                        + " and permit_id = any(?) group by 1");
        counts.check(counts.permits, "annual report: Switzerland's export line", 1, "annual_report",
                "select permit_id, count(*) from trade_line where reporter_party = 'CH' and permit_id = any(?) group by 1");
        counts.check(counts.endorsed, "annual report: that line on actual trade, for the permits endorsed", 1, "annual_report",
                "select permit_id, count(*) from trade_line where reporter_party = 'CH' and basis = 'ACTUAL'"
                        + " and permit_id = any(?) group by 1");
        counts.check(counts.permits, "annual report: Norway's import line", 1, "annual_report",
                "select permit_id, count(*) from trade_line where reporter_party = 'NO' and permit_id = any(?) group by 1");
        System.out.print(counts.table);
        System.out.println("Kafka records sent again by a relay and absorbed by the consumers: " + topics.resent());
        System.out.println("left in the outboxes, unpublished: " + unpublished(jdbc));
        System.out.println("dead letters on the dead-letter topics: " + topics.deadLetters());
    }

    /**
     * Waits until every outbox is empty and what the services hold of the drill's permits (signed, delivered,
     * endorsed, reported) has not changed for 30 s: then the retries and the catching up are over.
     */
    private static void awaitQuiet(String jdbc, Instant since) throws SQLException, InterruptedException {
        List<Long> last = List.of();
        Instant unchangedSince = Instant.now();
        Instant deadline = Instant.now().plus(QUIET_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            List<Long> now = List.of(
                    count(jdbc, "signing", "select count(*) from signed_permit where signed_at >= ?", since),
                    count(jdbc, "exchange", "select count(*) from delivery where created_at >= ?", since),
                    count(jdbc, "customs_endorsement", "select count(*) from endorsement where created_at >= ?", since),
                    count(jdbc, "annual_report", "select count(*) from trade_line"));
            boolean outboxesEmpty = unpublished(jdbc).values().stream().allMatch(left -> left == 0);
            if (!now.equals(last) || !outboxesEmpty) {
                last = now;
                unchangedSince = Instant.now();
            } else if (Duration.between(unchangedSince, Instant.now()).compareTo(QUIET) >= 0) {
                return;
            }
            Thread.sleep(5_000);
        }
        System.out.println("not quiet after " + QUIET_TIMEOUT + ": counting what is there");
    }

    private static long count(String jdbc, String database, String sql, Instant... since) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc + database, "postgres", "postgres");
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < since.length; i++) {
                query.setTimestamp(i + 1, Timestamp.from(since[i]));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<String, UUID> issuedSince(String jdbc, Instant since) throws SQLException {
        Map<String, UUID> issued = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbc + "permit_registry", "postgres", "postgres");
                PreparedStatement query = connection.prepareStatement(
                        "select permit_number, id from permit where tenant = 'CH' and issued_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    issued.put(rows.getString(1), rows.getObject(2, UUID.class));
                }
            }
        }
        return issued;
    }

    private void check(Set<UUID> subject, String what, int expected, String database, String sql) throws SQLException {
        Map<UUID, Integer> found = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbc + database, "postgres", "postgres");
                PreparedStatement query = connection.prepareStatement(sql)) {
            Array ids = connection.createArrayOf("uuid", subject.toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class), rows.getInt(2));
                }
            }
        }
        check(subject, what, expected, found);
    }

    private void check(Set<UUID> subject, String what, int expected, Map<UUID, Integer> found) {
        long exact = subject.stream().filter(p -> found.getOrDefault(p, 0) == expected).count();
        long fewer = subject.stream().filter(p -> found.getOrDefault(p, 0) < expected).count();
        long more = subject.stream().filter(p -> found.getOrDefault(p, 0) > expected).count();
        table.append("| ").append(what).append(" = ").append(expected).append(" | ").append(subject.size())
                .append(" | ").append(exact).append(" | ").append(fewer).append(" | ").append(more).append(" |\n");
    }

    private static Map<String, Long> unpublished(String jdbc) throws SQLException {
        Map<String, Long> left = new TreeMap<>();
        for (String database : List.of("permit_registry", "signing", "exchange", "customs_endorsement", "annual_report")) {
            try (Connection connection = DriverManager.getConnection(jdbc + database, "postgres", "postgres");
                    ResultSet rows = connection.createStatement().executeQuery(
                            "select count(*) from outbox_event where published_at is null")) {
                rows.next();
                left.put(database, rows.getLong(1));
            } catch (SQLException noOutbox) {
                if (!"42P01".equals(noOutbox.getSQLState())) {
                    throw noOutbox;
                }
            }
        }
        return left;
    }
}
