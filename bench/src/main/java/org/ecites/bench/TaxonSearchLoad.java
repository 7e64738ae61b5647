package org.ecites.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Type-ahead searches per second and their latency on {@code GET /api/v1/reference/taxa?q=} of a running
 * suite, each request a different prefix as an officer types it, next to the same rate on the registry's
 * liveness probe (the HTTP floor of this machine: no token, no work).
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.TaxonSearchLoad [rate=200/s] [seconds=30]
 *     [registry=http://127.0.0.1:8081] [keycloak=http://127.0.0.1:8180]
 */
public final class TaxonSearchLoad {

    /** What officers type: scientific and common names, two to a dozen letters, some misspelt. */
    private static final List<String> TYPED = List.of("ch", "chel", "chelonia m", "croc", "crocodylus nil", "orch",
            "dendrob", "python r", "ball py", "lox", "loxodonta af", "pan t", "tes", "testudo kl", "aloe", "cact",
            "echinops", "falco r", "cyathea", "dalbergia", "panthera", "psitt", "ara ", "acipenser b", "hippocampus",
            "swietenia", "nile", "tortue", "tortuga", "elephant");

    private TaxonSearchLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        String registry = args.length > 2 ? args[2] : "http://127.0.0.1:8081";
        String keycloak = args.length > 3 ? args[3] : "http://127.0.0.1:8180";
        HttpLoad.requireLoopback(registry, keycloak);
        String token = HttpLoad.token(keycloak, "ch-officer");

        System.out.println("-- GET /api/v1/reference/taxa?q=<prefix>");
        HttpLoad.run(i -> HttpRequest.newBuilder(URI.create(registry + "/api/v1/reference/taxa?q="
                        + URLEncoder.encode(TYPED.get(i % TYPED.size()), StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                200, rate, seconds, "searches");
        System.out.println("-- floor: GET /q/health/live at the same rate");
        HttpRequest live = HttpRequest.newBuilder(URI.create(registry + "/q/health/live"))
                .timeout(Duration.ofSeconds(30)).build();
        HttpLoad.run(i -> live, 200, rate, seconds, "probes");
    }
}
