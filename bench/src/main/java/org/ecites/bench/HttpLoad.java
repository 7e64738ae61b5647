package org.ecites.bench;

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
 * N clients send one request back to back for a fixed time, after a 5-second warm-up, and the run
 * prints throughput and latency percentiles. Loopback only, bounded in time.
 */
final class HttpLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpLoad() {
    }

    static void requireLoopback(String... urls) {
        for (String url : urls) {
            if (!URI.create(url).getHost().startsWith("127.")) {
                throw new IllegalArgumentException("this benchmark only targets loopback addresses: " + url);
            }
        }
    }

    /** Runs the load and prints the report; {@code what} names the unit of work, e.g. "permits". */
    static void run(HttpRequest request, int expectedStatus, int clients, int seconds, String what)
            throws InterruptedException {
        runFor(request, expectedStatus, clients, 5, new ConcurrentLinkedQueue<>(), new AtomicInteger());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        runFor(request, expectedStatus, clients, seconds, latencies, failures);
        double elapsed = (System.nanoTime() - started) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("clients=%d duration=%.1fs done=%d failed=%d%n", clients, elapsed, sorted.size(),
                failures.get());
        System.out.printf("throughput=%.1f %s/s%n", sorted.size() / elapsed, what);
        System.out.printf("latency ms: p50=%.1f p90=%.1f p99=%.1f max=%.1f%n", percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.getLast() / 1e6);
    }

    /** A password-grant access token of a realm user (password = user name, as in the local realm). */
    static String token(String keycloak, String user) throws Exception {
        String form = "grant_type=password&client_id=ecites-web&username=" + user + "&password=" + user;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(keycloak + "/realms/ecites/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return field(response.body(), "access_token");
    }

    /** A string field of a flat JSON answer; enough for the few fields a load generator needs. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static void runFor(HttpRequest request, int expectedStatus, int clients, int seconds,
            ConcurrentLinkedQueue<Long> latencies, AtomicInteger failures) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status == expectedStatus) {
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

    private static double percentile(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
