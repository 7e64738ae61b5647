package org.ecites.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A world-year of trade in one annual report: writes {@code records} generated trade lines for a Party's
 * last year into the running suite's annual-report database (COPY), then, {@code runs} times each, reads the
 * same rows with a raw {@code COPY (...) TO STDOUT} of the report's query (the physical floor) and downloads
 * the report from the service (CSV, then XLSX), while the service's heap is sampled from its metrics.
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.AnnualReportAtScale [records=1500000] [runs=3]
 *     [jdbc=jdbc:postgresql://127.0.0.1:15432/annual_report] [service=http://127.0.0.1:8085]
 *     [keycloak=http://127.0.0.1:8180]
 */
public final class AnnualReportAtScale {

    private static final String PARTY = "CH";

    private AnnualReportAtScale() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_500_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String jdbc = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:15432/annual_report";
        String service = args.length > 3 ? args[3] : "http://127.0.0.1:8085";
        String keycloak = args.length > 4 ? args[4] : "http://127.0.0.1:8180";
        HttpLoad.requireLoopback(service, keycloak);
        int year = LocalDate.now(ZoneOffset.UTC).getYear() - 1;

        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            long started = System.nanoTime();
            generate(db, year, records);
            System.out.printf("generated %,d lines of %s %d in %.1f s%n", records, PARTY, year, seconds(started));
            String token = HttpLoad.token(keycloak, "ch-officer");
            List<Double> copies = new ArrayList<>();
            List<Double> csvs = new ArrayList<>();
            List<Double> xlsxs = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                copies.add(rawCopy(db, year));
                csvs.add(download(service, token, year, "exports.csv"));
                xlsxs.add(download(service, token, year, "report.xlsx"));
            }
            System.out.printf("median of %d: raw COPY TO %.2f s, CSV %.2f s, XLSX %.2f s%n", runs, median(copies),
                    median(csvs), median(xlsxs));
        }
    }

    private static void generate(Connection db, int year, int records) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.execute("delete from trade_line where reporter_party = '" + PARTY + "' and export_permit like '"
                    + PARTY + TradeLineGenerator.PERMIT_PREFIX + "%'");
        }
        TradeLineGenerator generator = new TradeLineGenerator(42);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        PipedInputStream in = new PipedInputStream(1 << 20);
        PipedOutputStream out = new PipedOutputStream(in);
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                generator.write(PARTY, year, records, writer);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        copy.copyIn("copy trade_line from stdin", in);
        writing.join();
        try (Statement statement = db.createStatement()) {
            statement.execute("analyze trade_line");
        }
        System.out.printf("%d taxa drawn from the trade sample%n", generator.taxa());
    }

    /** The report's own query as a raw COPY: what PostgreSQL alone needs to hand the rows out. */
    private static double rawCopy(Connection db, int year) throws Exception {
        AtomicLong bytes = new AtomicLong();
        long started = System.nanoTime();
        long rows = db.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select appendix, species_name,"
                + " term_code, quantity, unit_code, trading_partner, country_of_origin, import_permit, export_permit,"
                + " origin_permit, purpose_code, source_code, report_year, basis, re_export_country,"
                + " re_export_certificate from trade_line where reporter_party = '" + PARTY + "' and report_year = "
                + year + " and point_of_view = 'E' and excluded is null order by export_permit, item_id)"
                + " to stdout with csv", counting(bytes));
        double seconds = seconds(started);
        System.out.printf("raw COPY TO: %,d rows, %,d bytes in %.2f s%n", rows, bytes.get(), seconds);
        return seconds;
    }

    private static double download(String service, String token, int year, String file) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<long[]> heap = CompletableFuture.supplyAsync(() -> maxHeap(service, running));
        long started = System.nanoTime();
        HttpResponse<InputStream> response = HttpLoad.HTTP.send(HttpRequest.newBuilder(URI.create(service
                        + "/api/v1/reports/" + PARTY + "/" + year + "/" + file)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        AtomicLong bytes = new AtomicLong();
        try (InputStream body = response.body()) {
            body.transferTo(counting(bytes));
        }
        double seconds = seconds(started);
        running.set(false);
        long[] sampled = heap.join();
        System.out.printf("%s: HTTP %d, %,d bytes in %.2f s; service heap used at most %,d MiB, live after GC at most"
                + " %,d MiB%n", file, response.statusCode(), bytes.get(), seconds, sampled[0] >> 20, sampled[1] >> 20);
        return seconds;
    }

    /**
     * Samples the service's metrics until told to stop: the most heap in use (garbage included) and the most
     * live data a collection left (what the service really holds).
     */
    private static long[] maxHeap(String service, AtomicBoolean running) {
        long[] max = new long[2];
        HttpRequest metrics = HttpRequest.newBuilder(URI.create(service + "/q/metrics")).GET().build();
        while (running.get()) {
            try {
                List<String> lines = HttpLoad.HTTP.send(metrics, HttpResponse.BodyHandlers.ofString()).body().lines()
                        .toList();
                max[0] = Math.max(max[0], sum(lines, "jvm_memory_used_bytes{area=\"heap\""));
                max[1] = Math.max(max[1], sum(lines, "jvm_gc_live_data_size_bytes"));
                Thread.sleep(100);
            } catch (Exception e) {
                return max;
            }
        }
        return max;
    }

    private static long sum(List<String> metrics, String prefix) {
        return metrics.stream().filter(line -> line.startsWith(prefix))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static OutputStream counting(AtomicLong bytes) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] buffer, int offset, int length) {
                bytes.addAndGet(length);
            }
        };
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
