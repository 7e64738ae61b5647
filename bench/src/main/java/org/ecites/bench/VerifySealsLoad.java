package org.ecites.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Seal verifications per second and latency of the public {@code POST /api/v1/verifications} on a running suite:
 * issues permits, waits for their seals, then offers verifications at a fixed rate from one loopback address per
 * 15 seals a second (the endpoint limits each address to 20 a second, as it would each phone), then the liveness
 * probe at the same request rate from the same addresses: the HTTP floor of the machine. With a batch of more than
 * one, each request is {@code POST /api/v1/verifications/batch} with that many seals of distinct permits, and the
 * latency is the batch's.
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.VerifySealsLoad [seals a second=500] [seconds=30]
 *     [batch=1] [registry=http://127.0.0.1:8081] [signing=http://127.0.0.1:8082] [keycloak=http://127.0.0.1:8180]
 */
public final class VerifySealsLoad {

    private VerifySealsLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String registry = args.length > 3 ? args[3] : "http://127.0.0.1:8081";
        String signing = args.length > 4 ? args[4] : "http://127.0.0.1:8082";
        String keycloak = args.length > 5 ? args[5] : "http://127.0.0.1:8180";
        HttpLoad.requireLoopback(registry, signing, keycloak);
        if (batch < 1 || rate % batch != 0) {
            throw new IllegalArgumentException("the rate must be a multiple of the batch: " + rate + ", " + batch);
        }
        List<String> seals = sealsOfNewPermits(registry, signing, HttpLoad.token(keycloak, "ch-officer"), batch);
        System.out.printf("%d seals of %d characters each%n", seals.size(), seals.getFirst().length());
        String body = batch == 1 ? "{\"seal\":\"" + seals.getFirst() + "\"}"
                : seals.stream().map(seal -> "\"" + seal + "\"").collect(Collectors.joining(",", "{\"seals\":[", "]}"));
        HttpRequest verify = HttpRequest.newBuilder(URI.create(signing + "/api/v1/verifications"
                        + (batch == 1 ? "" : "/batch")))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int requestRate = rate / batch;
        List<String> addresses = HttpLoad.loopbackAddresses(Math.min(HttpLoad.MAX_ADDRESSES, (rate + 14) / 15));
        ServiceCpu service = ServiceCpu.listeningOn(URI.create(signing).getPort());
        double answered = HttpLoad.run(i -> verify, 200, requestRate, seconds,
                batch == 1 ? "verifications" : "batches of " + batch, addresses);
        System.out.printf("achieved=%.1f verifications/s%n", answered * batch);
        service.report("verifications", HttpLoad.sentByRun(requestRate, seconds) * batch);
        HttpRequest live = HttpRequest.newBuilder(URI.create(signing + "/q/health/live")).build();
        HttpLoad.run(i -> live, 200, requestRate, seconds, "probes (the floor)", addresses);
        service.report("probes", HttpLoad.sentByRun(requestRate, seconds));
    }

    private static List<String> sealsOfNewPermits(String registry, String signing, String token, int count)
            throws Exception {
        List<String> permitIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            permitIds.add(HttpLoad.field(HttpLoad.HTTP.send(IssuePermitsLoad.issue(registry, token),
                    HttpResponse.BodyHandlers.ofString()).body(), "permitId"));
        }
        List<String> seals = new ArrayList<>();
        for (String permitId : permitIds) {
            seals.add(sealOf(signing, token, permitId));
        }
        return seals;
    }

    private static String sealOf(String signing, String token, String permitId) throws Exception {
        HttpRequest signed = HttpRequest.newBuilder(URI.create(signing + "/api/v1/signed-permits/" + permitId))
                .header("Authorization", "Bearer " + token).build();
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<String> response = HttpLoad.HTTP.send(signed, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return HttpLoad.field(response.body(), "seal");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("permit " + permitId + " was not signed within 30 s");
    }
}
