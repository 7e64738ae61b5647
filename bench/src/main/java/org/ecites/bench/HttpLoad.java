package org.ecites.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-loop load: requests leave at a fixed arrival rate whether or not earlier ones were answered, and
 * each latency is measured from the moment its request was due (so a stall shows in the tail instead of
 * slowing the offer: no coordinated omission). Latencies go into an HdrHistogram; after a 5-second warm-up
 * at the same rate the run prints offered and achieved rates and percentiles. Loopback only, bounded in time.
 */
final class HttpLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Each run first offers the same rate for this long, unrecorded. */
    static final int WARM_UP_SECONDS = 5;
    static final int MAX_ADDRESSES = 2_500;
    private static final long MAX_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);

    private HttpLoad() {
    }

    static void requireLoopback(String... urls) {
        for (String url : urls) {
            if (!URI.create(url).getHost().startsWith("127.")) {
                throw new IllegalArgumentException("this benchmark only targets loopback addresses: " + url);
            }
        }
    }

    /**
     * @param requests the i-th request to send (it may vary, e.g. a search term per request)
     * @param what     the unit of work, e.g. "permits"
     */
    static double run(IntFunction<HttpRequest> requests, int expectedStatus, int ratePerSecond, int seconds, String what)
            throws InterruptedException {
        return run(requests, expectedStatus, ratePerSecond, seconds, what, Collections.singletonList(null));
    }

    /** The same, the i-th request sent from the (i mod n)-th local address; returns the answers a second. */
    static double run(IntFunction<HttpRequest> requests, int expectedStatus, int ratePerSecond, int seconds, String what,
            List<String> localAddresses) throws InterruptedException {
        try (LoadClients clients = new LoadClients(localAddresses)) {
            int warmUps = offer(requests, expectedStatus, ratePerSecond, WARM_UP_SECONDS,
                    new Recorder(MAX_LATENCY_NANOS, 3), new AtomicInteger(), clients, 0);
            Recorder recorder = new Recorder(MAX_LATENCY_NANOS, 3);
            AtomicInteger failures = new AtomicInteger();
            long started = System.nanoTime();
            Duration cpuBefore = ownCpu();
            // the addresses take their turns on from the warm-up: begun again, the first would come back too early
            int sent = offer(requests, expectedStatus, ratePerSecond, seconds, recorder, failures, clients, warmUps);
            double elapsed = (System.nanoTime() - started) / 1e9;
            Histogram histogram = recorder.getIntervalHistogram();
            System.out.printf("offered=%d/s for %ds: sent=%d answered=%d failed=%d in %.1fs%n", ratePerSecond,
                    seconds, sent, histogram.getTotalCount(), failures.get(), elapsed);
            System.out.printf("achieved=%.1f %s/s%n", histogram.getTotalCount() / elapsed, what);
            System.out.printf("latency ms: p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f%n", ms(histogram, 50),
                    ms(histogram, 90), ms(histogram, 99), ms(histogram, 99.9), histogram.getMaxValue() / 1e6);
            System.out.printf("load generator CPU: %.2f ms per request%n",
                    ownCpu().minus(cpuBefore).toNanos() / 1e6 / sent);
            return histogram.getTotalCount() / elapsed;
        }
    }

    /** Sends at the rate for the time and waits for every answer; returns how many were sent. */
    static int offer(IntFunction<HttpRequest> requests, int expectedStatus, int ratePerSecond, int seconds,
            Recorder recorder, AtomicInteger failures) throws InterruptedException {
        try (LoadClients clients = new LoadClients(Collections.singletonList(null))) {
            return offer(requests, expectedStatus, ratePerSecond, seconds, recorder, failures, clients, 0);
        }
    }

    private static int offer(IntFunction<HttpRequest> requests, int expectedStatus, int ratePerSecond, int seconds,
            Recorder recorder, AtomicInteger failures, LoadClients clients, int firstTurn) throws InterruptedException {
        long interval = 1_000_000_000L / ratePerSecond;
        long start = System.nanoTime();
        int total = ratePerSecond * seconds;
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pending.add(clients.send(firstTurn + i, requests.apply(i)).whenComplete((status, error) -> {
                if (error == null && status == expectedStatus) {
                    recorder.recordValue(Math.min(System.nanoTime() - due, MAX_LATENCY_NANOS));
                } else {
                    failures.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return total;
    }

    /** How many requests {@link #run} sends at the rate for the seconds, its warm-up included. */
    static int sentByRun(int ratePerSecond, int seconds) {
        return ratePerSecond * (seconds + WARM_UP_SECONDS);
    }

    /**
     * 127.0.1.1, 127.0.1.2, ..., 127.0.1.250, 127.0.2.1, ...: public endpoints limit each address's rate, and a
     * public load comes from many addresses (every loopback address reaches a server bound to 127.0.0.1).
     */
    static List<String> loopbackAddresses(int count) {
        if (count < 1 || count > MAX_ADDRESSES) {
            throw new IllegalArgumentException("between 1 and " + MAX_ADDRESSES + " source addresses: " + count);
        }
        return IntStream.range(0, count).mapToObj(k -> "127.0." + (1 + k / 250) + "." + (1 + k % 250)).toList();
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1e6;
    }

    /** A password-grant access token of a realm user (password = user name, as in the local realm). */
    static String token(String keycloak, String user) throws Exception {
        return token(keycloak, user, user);
    }

    /** A password-grant access token of a realm user. */
    static String token(String keycloak, String user, String password) throws Exception {
        String form = "grant_type=password&client_id=ecites-web&username=" + user + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
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
}
