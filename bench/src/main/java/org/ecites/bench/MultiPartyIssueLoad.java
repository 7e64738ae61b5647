package org.ecites.bench;

import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Issuing spread over many Parties on a running suite (deploy/run-local.sh): onboards the Parties that are not
 * hosted yet the way a platform administrator does (POST /api/v1/parties), has each Party's first
 * administrator create an officer (POST /api/v1/users), then offers permits at a fixed rate round-robin over
 * the Parties, each an export to the next Party of the list. The officers' passwords are kept in
 * target/bench-parties.properties, so a second run on the same suite reuses them. Run DeliveryLatency
 * afterwards for the pipeline.
 *
 * java -cp bench/target/benchmarks.jar org.ecites.bench.MultiPartyIssueLoad [rate=100] [seconds=30]
 *     [parties=DE,FR,IT,ES,KE,ZA,BR,JP,AU,CA] [registry=http://127.0.0.1:8081] [keycloak=http://127.0.0.1:8180]
 */
public final class MultiPartyIssueLoad {

    private MultiPartyIssueLoad() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<String> parties = List.of((args.length > 2 ? args[2] : "DE,FR,IT,ES,KE,ZA,BR,JP,AU,CA").split(","));
        String registry = args.length > 3 ? args[3] : "http://127.0.0.1:8081";
        String keycloak = args.length > 4 ? args[4] : "http://127.0.0.1:8180";
        HttpLoad.requireLoopback(registry, keycloak);
        List<HttpRequest> issues = issuesOver(parties, registry, keycloak);
        HttpLoad.run(i -> issues.get(i % issues.size()), 201, rate, seconds, "permits");
    }

    /**
     * One issue request for each Party, an export to the next Party of the list, by its bench officer; the Parties
     * not hosted yet are onboarded first.
     */
    static List<HttpRequest> issuesOver(List<String> parties, String registry, String keycloak) throws Exception {
        String platformAdmin = HttpLoad.token(keycloak, "ops-admin");
        Path passwordsFile = Path.of("target/bench-parties.properties");
        Properties passwords = new Properties();
        if (Files.exists(passwordsFile)) {
            try (Reader reader = Files.newBufferedReader(passwordsFile)) {
                passwords.load(reader);
            }
        }
        List<HttpRequest> issues = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            String party = parties.get(i);
            String officer = party.toLowerCase() + "-bench-officer";
            if (passwords.getProperty(officer) == null) {
                passwords.setProperty(officer, onboard(registry, keycloak, platformAdmin, party));
                Files.createDirectories(passwordsFile.getParent());
                try (Writer writer = Files.newBufferedWriter(passwordsFile)) {
                    passwords.store(writer, "bench officers of the local suite (loopback only)");
                }
            }
            String officerToken = HttpLoad.token(keycloak, officer, passwords.getProperty(officer));
            String importer = parties.get((i + 1) % parties.size());
            issues.add(HttpRequest.newBuilder(URI.create(registry + "/api/v1/permits"))
                    .header("Authorization", "Bearer " + officerToken).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(
                            IssuePermitsLoad.EXPORT_PERMIT.replace("\"country\":\"NO\"", "\"country\":\"" + importer + "\"")))
                    .build());
            System.out.printf("%s hosted, its officer issues exports to %s%n", party, importer);
        }
        return issues;
    }

    /** Onboards the Party with a bench administrator, who creates a bench officer; returns the officer's password. */
    private static String onboard(String registry, String keycloak, String platformAdmin, String party) throws Exception {
        String code = party.toLowerCase();
        String onboarding = "{\"party\":\"" + party + "\",\"name\":\"Bench Party " + party + "\","
                + "\"managementAuthority\":{\"name\":\"Management Authority of " + party + "\",\"address\":\"Main street 1\"},"
                + "\"administrator\":{\"username\":\"" + code + "-bench-admin\",\"email\":\"" + code + "-bench-admin@example.org\"}}";
        String adminPassword = HttpLoad.field(post(registry + "/api/v1/parties", platformAdmin, onboarding, 201), "initialPassword");
        String adminToken = HttpLoad.token(keycloak, code + "-bench-admin", adminPassword);
        String officer = "{\"username\":\"" + code + "-bench-officer\",\"email\":\"" + code + "-bench-officer@example.org\","
                + "\"role\":\"ma-officer\"}";
        return HttpLoad.field(post(registry + "/api/v1/users", adminToken, officer, 201), "initialPassword");
    }

    private static String post(String url, String token, String body, int expected) throws Exception {
        HttpResponse<String> answer = HttpLoad.HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
