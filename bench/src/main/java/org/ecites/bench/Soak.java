package org.ecites.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A soak of the running suite (deploy/run-local.sh): issues export permits at a fixed rate (open model), Swiss
 * ones or, with a list of Parties, round-robin over them as {@link MultiPartyIssueLoad} does,
 * for some minutes and every 10 s records that interval's latency percentiles (each from its request's due
 * time) and, per service, the live heap after the last collection, the heap in use and the resident memory.
 * After the load it waits until the pipeline has delivered what was issued and adds to each interval the
 * latency from issue to the importer's inbox of the permits issued in it ({@link PipelineTimes}, read from the
 * local suite's databases). Writes the series to {@code soak.csv} and draws them in {@code soak.svg}.
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.Soak rate minutes out-dir
 *     [parties=CH, or e.g. DE,FR,IT,ES,KE,ZA,BR,JP,AU,CA] [registry=http://127.0.0.1:8081] [keycloak=http://127.0.0.1:8180]
 */
public final class Soak {

    static final Map<String, Integer> SERVICES = services();
    private static final long INTERVAL_SECONDS = 10;
    private static final String JDBC = "jdbc:postgresql://127.0.0.1:15432/";
    /** How long the pipeline may take to deliver the last permits once the load has stopped. */
    private static final Duration DRAIN = Duration.ofMinutes(15);
    private static final Pattern LIVE = Pattern.compile("(?m)^jvm_gc_live_data_size_bytes\\{[^}]*} (\\S+)$");
    private static final Pattern HEAP_USED = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$");

    private Soak() {
    }

    /** The services in the pipeline's order, with the local suite's ports. */
    private static Map<String, Integer> services() {
        Map<String, Integer> services = new LinkedHashMap<>();
        List.of("permit-registry", "signing", "exchange", "customs-endorsement", "annual-report")
                .forEach(service -> services.put(service, 8081 + services.size()));
        return services;
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        int minutes = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        List<String> parties = List.of((args.length > 3 ? args[3] : "CH").split(","));
        String registry = args.length > 4 ? args[4] : "http://127.0.0.1:8081";
        String keycloak = args.length > 5 ? args[5] : "http://127.0.0.1:8180";
        HttpLoad.requireLoopback(registry, keycloak);
        Files.createDirectories(out);
        List<HttpRequest> issues = parties.equals(List.of("CH"))
                ? List.of(IssuePermitsLoad.issue(registry, HttpLoad.token(keycloak, "ch-officer")))
                : MultiPartyIssueLoad.issuesOver(parties, registry, keycloak);

        Recorder recorder = new Recorder(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicInteger failures = new AtomicInteger();
        List<SoakSample> samples = new ArrayList<>();
        long start = System.nanoTime();
        Instant started = Instant.now();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> samples.add(sample(recorder, failures, start)), INTERVAL_SECONDS,
                INTERVAL_SECONDS, TimeUnit.SECONDS);
        HttpLoad.offer(i -> issues.get(i % issues.size()), 201, rate, minutes * 60, recorder, failures);
        sampler.shutdown();
        sampler.awaitTermination(1, TimeUnit.MINUTES);
        List<SoakSample> withPipeline = withPipelineLatency(samples, delivered(started, rate * minutes * 60), started);

        List<String> csv = new ArrayList<>(List.of(SoakSample.CSV_HEADER));
        withPipeline.forEach(sample -> csv.add(sample.csv()));
        Files.write(out.resolve("soak.csv"), csv);
        Files.writeString(out.resolve("soak.svg"), SoakChart.draw(withPipeline, rate));
        csv.forEach(System.out::println);
    }

    /** The soak's permits in the importers' inboxes, once all are there or none arrived for a minute. */
    private static List<PipelineTimes> delivered(Instant started, int issued) throws SQLException, InterruptedException {
        Instant giveUp = Instant.now().plus(DRAIN);
        List<PipelineTimes> delivered = PipelineTimes.read(JDBC, started);
        int unchangedPolls = 0;
        while (delivered.size() < issued && unchangedPolls < 6 && Instant.now().isBefore(giveUp)) {
            TimeUnit.SECONDS.sleep(INTERVAL_SECONDS);
            List<PipelineTimes> now = PipelineTimes.read(JDBC, started);
            unchangedPolls = now.size() == delivered.size() ? unchangedPolls + 1 : 0;
            delivered = now;
        }
        System.out.printf("%d of %d permits delivered to the importer's inbox%n", delivered.size(), issued);
        return delivered;
    }

    /** Each interval with the issue-to-inbox latency of the permits issued in it. */
    private static List<SoakSample> withPipelineLatency(List<SoakSample> samples, List<PipelineTimes> delivered,
            Instant started) {
        List<Histogram> intervals = samples.stream().map(sample -> new Histogram(3_600_000L, 3)).toList();
        for (PipelineTimes permit : delivered) {
            int interval = (int) (Duration.between(started, permit.issued()).toSeconds() / INTERVAL_SECONDS);
            if (interval >= 0 && interval < intervals.size()) {
                PipelineTimes.record(intervals.get(interval), permit.total());
            }
        }
        List<SoakSample> result = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Histogram pipeline = intervals.get(i);
            result.add(pipeline.getTotalCount() == 0 ? samples.get(i) : samples.get(i).withPipeline(
                    pipeline.getValueAtPercentile(50), pipeline.getValueAtPercentile(99)));
        }
        return result;
    }

    private static SoakSample sample(Recorder recorder, AtomicInteger failures, long start) {
        Histogram interval = recorder.getIntervalHistogram();
        Map<String, long[]> memory = new LinkedHashMap<>();
        SERVICES.forEach((service, port) -> memory.put(service, memory(service, port)));
        return new SoakSample((System.nanoTime() - start) / 1e9, interval.getTotalCount() / (double) INTERVAL_SECONDS,
                failures.getAndSet(0), interval.getValueAtPercentile(50) / 1e6, interval.getValueAtPercentile(99) / 1e6,
                interval.getMaxValue() / 1e6, memory);
    }

    /** Live heap, heap used and resident set of one service, in bytes (zeros when it does not answer). */
    private static long[] memory(String service, int port) {
        try {
            String metrics = HttpLoad.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return new long[] {sum(LIVE.matcher(metrics)), sum(HEAP_USED.matcher(metrics)), residentSet(service)};
        } catch (IOException e) {
            return new long[3];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new long[3];
        }
    }

    private static long sum(Matcher values) {
        long sum = 0;
        while (values.find()) {
            sum += (long) Double.parseDouble(values.group(1));
        }
        return sum;
    }

    private static long residentSet(String service) throws IOException {
        String jar = "services/" + service + "/target/quarkus-app/quarkus-run.jar";
        ProcessHandle process = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(jar)).orElse(false)).findFirst().orElse(null);
        if (process == null) {
            return 0;
        }
        Matcher rss = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/" + process.pid() + "/status")));
        return rss.find() ? Long.parseLong(rss.group(1)) * 1024 : 0;
    }
}
