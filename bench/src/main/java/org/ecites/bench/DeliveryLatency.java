package org.ecites.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * The issuing pipeline between hosted Parties, read after a load run from the services' own records
 * ({@link PipelineTimes}): the pipeline's rate (documents delivered per second of the run), the latency from the
 * issue's commit to the importer's inbox, and each leg of it, so that a queue shows where it forms. Run it after
 * IssuePermitsLoad or MultiPartyIssueLoad:
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.DeliveryLatency [minutes=5] [jdbc=jdbc:postgresql://127.0.0.1:15432/]
 */
public final class DeliveryLatency {

    private DeliveryLatency() {
    }

    public static void main(String[] args) throws SQLException {
        Duration window = Duration.ofMinutes(args.length > 0 ? Long.parseLong(args[0]) : 5);
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:15432/";
        List<PipelineTimes> permits = PipelineTimes.read(jdbc, Instant.now().minus(window));
        System.out.printf("last %s: %d permits issued, signed and delivered to the importer's inbox%n", window,
                permits.size());
        if (permits.isEmpty()) {
            return;
        }
        Instant first = permits.stream().map(PipelineTimes::issued).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = permits.stream().map(PipelineTimes::delivered).max(Comparator.naturalOrder()).orElseThrow();
        double seconds = Math.max(1, Duration.between(first, last).toMillis()) / 1000.0;
        System.out.printf("pipeline: %.1f permits/s from the first issue to the last delivery (%.1f s)%n",
                permits.size() / seconds, seconds);
        print("issued (committed) -> in the importer's inbox", permits, PipelineTimes::total);
        for (Map.Entry<String, Function<PipelineTimes, Duration>> leg : PipelineTimes.LEGS.entrySet()) {
            print("  " + leg.getKey(), permits, leg.getValue());
        }
    }

    private static void print(String what, List<PipelineTimes> permits, Function<PipelineTimes, Duration> leg) {
        Histogram millis = new Histogram(3_600_000L, 3);
        permits.forEach(permit -> PipelineTimes.record(millis, leg.apply(permit)));
        System.out.printf("%s: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", what, millis.getValueAtPercentile(50),
                millis.getValueAtPercentile(90), millis.getValueAtPercentile(99), millis.getMaxValue());
    }
}
