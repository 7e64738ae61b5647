package org.ecites.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Permits issued per second and latency of {@code POST /api/v1/permits} on a running suite
 * (deploy/run-local.sh).
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.IssuePermitsLoad [rate=100/s] [seconds=30]
 *     [registry=http://127.0.0.1:8081] [keycloak=http://127.0.0.1:8180]
 */
public final class IssuePermitsLoad {

    static final String EXPORT_PERMIT = """
            {"documentType":"EXPORT","purpose":"T",
             "exporter":{"name":"Reptilia AG","address":"Seestrasse 1, 8000 Zurich"},
             "importer":{"name":"Akvariet AS","address":"Nordnes 4, 5005 Bergen","country":"NO"},
             "lineItems":[{"scientificName":"Python regius","appendix":"II","source":"C","term":"LIV","quantity":5,
                           "nonDetrimentFinding":"SA-2026-17","legalAcquisitionFinding":"MA-2026-0042"}]}""";

    private IssuePermitsLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String registry = args.length > 2 ? args[2] : "http://127.0.0.1:8081";
        String keycloak = args.length > 3 ? args[3] : "http://127.0.0.1:8180";
        HttpLoad.requireLoopback(registry, keycloak);
        HttpRequest issue = issue(registry, HttpLoad.token(keycloak, "ch-officer"));
        HttpLoad.run(i -> issue, 201, rate, seconds, "permits");
    }

    static HttpRequest issue(String registry, String token) {
        return HttpRequest.newBuilder(URI.create(registry + "/api/v1/permits"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(EXPORT_PERMIT)).build();
    }
}
