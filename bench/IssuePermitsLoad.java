import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the permit registry of a running suite (deploy/run-local.sh): N clients issue
 * export permits back to back for a fixed time, then it prints permits per second and latency
 * percentiles. Loopback only, bounded in time.
 *
 * java bench/IssuePermitsLoad.java [clients=16] [seconds=30] [registry=http://127.0.0.1:8081] [keycloak=http://127.0.0.1:8180]
 */
public class IssuePermitsLoad {

    private static final String BODY = """
            {"documentType":"EXPORT","purpose":"T",
             "exporter":{"name":"Reptilia AG","address":"Seestrasse 1, 8000 Zurich"},
             "importer":{"name":"Akvariet AS","address":"Nordnes 4, 5005 Bergen","country":"NO"},
             "lineItems":[{"scientificName":"Python regius","appendix":"II","source":"C","term":"LIV","quantity":5,
                           "nonDetrimentFinding":"SA-2026-17","legalAcquisitionFinding":"MA-2026-0042"}]}""";

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String registry = args.length > 2 ? args[2] : "http://127.0.0.1:8081";
        String keycloak = args.length > 3 ? args[3] : "http://127.0.0.1:8180";
        if (!URI.create(registry).getHost().startsWith("127.") || !URI.create(keycloak).getHost().startsWith("127.")) {
            throw new IllegalArgumentException("this benchmark only targets loopback addresses");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(http, keycloak);
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry + "/api/v1/permits"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(BODY)).build();

        runFor(http, request, clients, 5, new ConcurrentLinkedQueue<>(), new AtomicInteger());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        runFor(http, request, clients, seconds, latencies, failures);
        double elapsed = (System.nanoTime() - started) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("clients=%d duration=%.1fs issued=%d failed=%d%n", clients, elapsed, sorted.size(), failures.get());
        System.out.printf("throughput=%.1f permits/s%n", sorted.size() / elapsed);
        System.out.printf("latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static void runFor(HttpClient http, HttpRequest request, int clients, int seconds,
            ConcurrentLinkedQueue<Long> latencies, AtomicInteger failures) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status == 201) {
                                latencies.add(System.nanoTime() - t0);
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
    }

    private static double pct(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static String token(HttpClient http, String keycloak) throws Exception {
        String form = "grant_type=password&client_id=ecites-web&username=ch-officer&password=ch-officer";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/ecites/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no token from Keycloak: " + response.statusCode());
        }
        return matcher.group(1);
    }
}
