package org.ecites.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Export endorsements per second over distinct documents, and the contention case, on a running suite
 * (deploy/run-local.sh). First issues as many Swiss permits as the run will endorse (warm-up included) and
 * waits until customs holds every one of them signed; then endorses them open-loop at the rate, each permit
 * once; then {@code racers} endorsements of one fresh permit leave at the same moment: one must be 201,
 * the rest 409.
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.EndorsePermitsLoad [rate=500/s] [seconds=20]
 *     [racers=100] [registry=http://127.0.0.1:8081] [customs=http://127.0.0.1:8084] [keycloak=http://127.0.0.1:8180]
 */
public final class EndorsePermitsLoad {

    private EndorsePermitsLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int racers = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String registry = args.length > 3 ? args[3] : "http://127.0.0.1:8081";
        String customs = args.length > 4 ? args[4] : "http://127.0.0.1:8084";
        String keycloak = args.length > 5 ? args[5] : "http://127.0.0.1:8180";
        HttpLoad.requireLoopback(registry, customs, keycloak);
        String officer = HttpLoad.token(keycloak, "ch-officer");
        String customsOfficer = HttpLoad.token(keycloak, "ch-customs");

        List<String> permits = issue(registry, officer, HttpLoad.sentByRun(rate, seconds) + 1);
        awaitEndorsable(customs, customsOfficer, permits);
        System.out.printf("%d signed permits ready for endorsement%n", permits.size());

        AtomicInteger next = new AtomicInteger(1);
        ServiceCpu service = ServiceCpu.listeningOn(URI.create(customs).getPort());
        HttpLoad.run(i -> endorse(customs, customsOfficer, permits.get(next.getAndIncrement())), 201, rate, seconds,
                "endorsements");
        service.report("endorsements (customs alone)", HttpLoad.sentByRun(rate, seconds));
        race(customs, customsOfficer, permits.getFirst(), racers);
    }

    /** Issues the permits, 16 at a time (issuing is not what is measured), and returns their numbers. */
    private static List<String> issue(String registry, String token, int count) throws InterruptedException {
        HttpRequest request = IssuePermitsLoad.issue(registry, token);
        Semaphore inFlight = new Semaphore(16);
        List<CompletableFuture<String>> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            numbers.add(HttpLoad.HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> inFlight.release())
                    .thenApply(response -> HttpLoad.field(response.body(), "permitNumber")));
        }
        return numbers.stream().map(CompletableFuture::join).toList();
    }

    private static void awaitEndorsable(String customs, String token, List<String> permits) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        for (String number : permits) {
            HttpRequest lookup = HttpRequest.newBuilder(URI.create(customs + "/api/v1/endorsable-permits/" + number))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
            while (HttpLoad.HTTP.send(lookup, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("permit " + number + " never reached customs signed");
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
        }
    }

    /** All racers leave together on one permit; the answers are counted by status. */
    private static void race(String customs, String token, String permit, int racers) {
        Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicInteger created = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        long start = System.nanoTime();
        List<CompletableFuture<?>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            answers.add(HttpLoad.HTTP.sendAsync(endorse(customs, token, permit), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        synchronized (latency) {
                            latency.recordValue(Math.min(System.nanoTime() - start, latency.getHighestTrackableValue()));
                        }
                        int status = error == null ? response.statusCode() : -1;
                        (status == 201 ? created : status == 409 ? conflicts : other).incrementAndGet();
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        System.out.printf("contention: %d endorsements of one permit at once: 201=%d 409=%d other=%d; "
                        + "latency ms p50=%.2f p99=%.2f max=%.2f%n", racers, created.get(), conflicts.get(), other.get(),
                latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(99) / 1e6,
                latency.getMaxValue() / 1e6);
    }

    /** Customs records that the whole of the permit's block A (5 live pythons) left through Zurich. */
    static HttpRequest endorse(String customs, String token, String permit) {
        String body = "{\"permitNumber\":\"" + permit + "\",\"port\":\"CHZRH\",\"customsDeclaration\":\"CH-26-EX-1\","
                + "\"transportDocument\":\"AWB 724-12345675\",\"quantities\":[{\"itemId\":\"A\",\"quantity\":5}]}";
        return HttpRequest.newBuilder(URI.create(customs + "/api/v1/endorsements"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
