package org.ecites.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The load of a fault drill (deploy/drills/fault-drills.sh): offers {@code permits} Swiss export permits at a
 * fixed rate while the drill kills and restarts the suite's parts, and has customs endorse every second one
 * once it is there. An issue that got no answer is not sent again: the client cannot know whether it
 * committed, and {@link DrillCounts} reads that from the registry. An endorsement is sent again (every 5 s, at
 * most 120 times) until customs answers 201 or 409, so an endorsement that committed but whose answer was lost
 * is tried a second time, as a real customs client would, and must be refused. Writes, per issued permit, its
 * number and what its endorsement got, to {@code answers}.
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.DrillLoad permits rate answers.csv
 *     [registry=http://127.0.0.1:8081] [customs=http://127.0.0.1:8084] [keycloak=http://127.0.0.1:8180]
 */
public final class DrillLoad {

    private static final int ENDORSEMENT_ATTEMPTS = 120;
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final String registry;
    private final String customs;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final AtomicReference<String> officer = new AtomicReference<>();
    private final AtomicReference<String> customsOfficer = new AtomicReference<>();
    private final Map<String, String> endorsements = new ConcurrentHashMap<>();
    private final Map<String, Integer> issueFailures = new ConcurrentHashMap<>();

    private DrillLoad(String registry, String customs) {
        this.registry = registry;
        this.customs = customs;
    }

    public static void main(String[] args) throws Exception {
        int permits = Integer.parseInt(args[0]);
        int rate = Integer.parseInt(args[1]);
        Path answers = Path.of(args[2]);
        String registry = args.length > 3 ? args[3] : "http://127.0.0.1:8081";
        String customs = args.length > 4 ? args[4] : "http://127.0.0.1:8084";
        String keycloak = args.length > 5 ? args[5] : "http://127.0.0.1:8180";
        HttpLoad.requireLoopback(registry, customs, keycloak);
        DrillLoad load = new DrillLoad(registry, customs);
        load.refreshTokens(keycloak);
        // a token lives 15 minutes in the local realm; Keycloak itself is never killed by the drill
        load.timer.scheduleAtFixedRate(() -> load.refreshTokens(keycloak), 1, 1, TimeUnit.MINUTES);
        load.run(permits, rate, answers);
    }

    private void refreshTokens(String keycloak) {
        try {
            officer.set(HttpLoad.token(keycloak, "ch-officer"));
            customsOfficer.set(HttpLoad.token(keycloak, "ch-customs"));
        } catch (Exception e) {
            System.err.println("tokens not refreshed, the old ones are used: " + e);
        }
    }

    private void run(int permits, int rate, Path answers) throws InterruptedException, IOException {
        CountDownLatch settled = new CountDownLatch(permits);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < permits; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            boolean endorse = i % 2 == 0;
            HttpLoad.HTTP.sendAsync(IssuePermitsLoad.issue(registry, officer.get()), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        if (error != null || response.statusCode() != 201) {
                            issueFailures.merge(error != null ? error.getClass().getSimpleName()
                                    : "HTTP " + response.statusCode(), 1, Integer::sum);
                            settled.countDown();
                            return;
                        }
                        String number = HttpLoad.field(response.body(), "permitNumber");
                        endorsements.put(number, endorse ? "pending" : "not-asked");
                        if (endorse) {
                            timer.schedule(() -> endorse(number, 1, settled), RETRY.toMillis(), TimeUnit.MILLISECONDS);
                        } else {
                            settled.countDown();
                        }
                    });
            if (i % (rate * 30) == 0) {
                System.out.printf("%d permits offered; issues without a 201: %s%n", i, issueFailures);
            }
        }
        settled.await();
        timer.shutdownNow();
        List<String> lines = endorsements.entrySet().stream().map(e -> e.getKey() + "," + e.getValue()).sorted().toList();
        Files.write(answers, lines);
        System.out.printf("offered %d permits at %d/s: %d answered 201, without a 201: %s; endorsements: %s%n", permits,
                rate, endorsements.size(), new TreeMap<>(issueFailures), tally());
    }

    /** Sends the endorsement; anything but 201 or 409 is tried again later, a bounded number of times. */
    private void endorse(String number, int attempt, CountDownLatch settled) {
        HttpLoad.HTTP.sendAsync(EndorsePermitsLoad.endorse(customs, customsOfficer.get(), number), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            int status = error == null ? response.statusCode() : -1;
            if (status == 201 || status == 409) {
                endorsements.put(number, (status == 201 ? "endorsed" : "refused-as-used") + "-at-attempt-" + attempt);
                settled.countDown();
            } else if (attempt >= ENDORSEMENT_ATTEMPTS) {
                endorsements.put(number, "gave-up-" + status);
                settled.countDown();
            } else {
                timer.schedule(() -> endorse(number, attempt + 1, settled), RETRY.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    private Map<String, Long> tally() {
        return endorsements.values().stream().collect(Collectors.groupingBy(
                outcome -> outcome.replaceAll("-at-attempt-1$", " at once").replaceAll("-at-attempt-\\d+$", " after retries"),
                TreeMap::new, Collectors.counting()));
    }
}
