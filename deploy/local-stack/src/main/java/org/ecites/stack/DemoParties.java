package org.ecites.stack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Hosts the local realm's demo Parties, Switzerland and Norway, the way a platform administrator onboards
 * any Party: through the registry's API, so that every service learns it from the PartyOnboarded event.
 * Their demo users already sit in the local realm, so onboarding finds the first administrator there.
 */
final class DemoParties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map<String, Object>> PARTIES = List.of(
            party("CH", "Switzerland", "Federal Food Safety and Veterinary Office",
                    "Schwarzenburgstrasse 155, 3003 Bern", "ch-admin"),
            party("NO", "Norway", "Norwegian Environment Agency", "Brattørkaia 15, 7010 Trondheim", "no-admin"));

    private DemoParties() {
    }

    static void onboard(String registryUrl, String tokenUrl) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            String token = platformAdminToken(http, tokenUrl);
            for (Map<String, Object> party : PARTIES) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(registryUrl + "/api/v1/parties"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(party))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("onboarding " + party.get("party") + " answered "
                            + answer.statusCode() + ": " + answer.body());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the demo Parties could not be onboarded", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while onboarding the demo Parties", e);
        }
    }

    private static String platformAdminToken(HttpClient http, String tokenUrl) throws IOException, InterruptedException {
        String form = Map.of("grant_type", "password", "client_id", "ecites-web", "username", "ops-admin",
                        "password", "ops-admin").entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElseThrow();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no token for ops-admin: " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    private static Map<String, Object> party(String code, String name, String authority, String address,
            String administrator) {
        return Map.of("party", code, "name", name,
                "managementAuthority", Map.of("name", authority, "address", address),
                "administrator", Map.of("username", administrator, "email", administrator + "@example.org"));
    }
}
