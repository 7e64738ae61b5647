package org.ecites.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Seal verifications per second and latency of the public {@code POST /api/v1/verifications} on a
 * running suite: issues one permit, waits for its seal, then offers its verification at a fixed rate from
 * one loopback address per 15/s (the endpoint limits each address to 20/s, as it would each phone), then
 * the liveness probe at the same rate from the same addresses: the HTTP floor of the machine.
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.VerifySealsLoad [rate=500/s] [seconds=30]
 *     [registry=http://127.0.0.1:8081] [signing=http://127.0.0.1:8082] [keycloak=http://127.0.0.1:8180]
 */
public final class VerifySealsLoad {

    private VerifySealsLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String registry = args.length > 2 ? args[2] : "http://127.0.0.1:8081";
        String signing = args.length > 3 ? args[3] : "http://127.0.0.1:8082";
        String keycloak = args.length > 4 ? args[4] : "http://127.0.0.1:8180";
        HttpLoad.requireLoopback(registry, signing, keycloak);
        String token = HttpLoad.token(keycloak, "ch-officer");
        String seal = sealOfNewPermit(registry, signing, token);
        System.out.printf("seal of %d characters%n", seal.length());
        HttpRequest verify = HttpRequest.newBuilder(URI.create(signing + "/api/v1/verifications"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"seal\":\"" + seal + "\"}")).build();
        List<String> addresses = HttpLoad.loopbackAddresses(Math.min(250, (rate + 14) / 15));
        ServiceCpu service = ServiceCpu.listeningOn(URI.create(signing).getPort());
        HttpLoad.run(i -> verify, 200, rate, seconds, "verifications", addresses);
        service.report("verifications", HttpLoad.sentByRun(rate, seconds));
        HttpRequest live = HttpRequest.newBuilder(URI.create(signing + "/q/health/live")).build();
        HttpLoad.run(i -> live, 200, rate, seconds, "probes (the floor)", addresses);
        service.report("probes", HttpLoad.sentByRun(rate, seconds));
    }

    private static String sealOfNewPermit(String registry, String signing, String token) throws Exception {
        String permit = HttpLoad.HTTP.send(IssuePermitsLoad.issue(registry, token),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpRequest signed = HttpRequest.newBuilder(URI.create(signing + "/api/v1/signed-permits/"
                + HttpLoad.field(permit, "permitId"))).header("Authorization", "Bearer " + token).build();
        for (int attempt = 0; attempt < 60; attempt++) {
            HttpResponse<String> response = HttpLoad.HTTP.send(signed, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return HttpLoad.field(response.body(), "seal");
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the permit was not signed within 30 s");
    }
}
