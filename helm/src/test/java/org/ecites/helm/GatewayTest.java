package org.ecites.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Partner systems reach exactly the public APIs, each behind its token check and quota. */
class GatewayTest {

    private static final List<JsonNode> OBJECTS = HostingModes.shared();

    @Test
    void everyTokenRouteHasOneJwtPolicyAndOneQuotaAndPublicRoutesHaveAQuotaOnly() {
        for (JsonNode route : Charts.ofKind(OBJECTS, "HTTPRoute")) {
            String name = route.at("/metadata/name").asText();
            List<JsonNode> security = targeting(Charts.ofKind(OBJECTS, "SecurityPolicy"), name);
            List<JsonNode> traffic = targeting(Charts.ofKind(OBJECTS, "BackendTrafficPolicy"), name);
            assertThat(traffic).as(name).hasSize(1);
            assertThat(traffic.getFirst().at("/spec/responseOverride/0/response/header/add/0/name").asText())
                    .isEqualTo("Retry-After");
            if (name.endsWith("-api")) {
                assertThat(security).as(name).singleElement().satisfies(policy -> {
                    assertThat(policy.at("/spec/jwt/providers/0/remoteJWKS/uri").asText()).endsWith("/certs");
                    assertThat(policy.at("/spec/jwt/providers/0/claimToHeaders/0/header").asText()).isEqualTo("x-client-id");
                });
                assertThat(traffic.getFirst().at("/spec/rateLimit/global/rules/0/clientSelectors/0/headers/0/name")
                        .asText()).isEqualTo("x-client-id");
            } else {
                assertThat(security).as(name + " is public or mutual TLS").isEmpty();
            }
        }
    }

    @Test
    void eachServicesApiPathsAreRoutedToItAndOperationsPathsAreNot() throws IOException {
        for (String service : Charts.SERVICES) {
            List<String> prefixes = new ArrayList<>();
            for (JsonNode route : Charts.ofKind(OBJECTS, "HTTPRoute")) {
                if (route.at("/spec/rules/0/backendRefs/0/name").asText().equals(Charts.RELEASE + "-" + service)) {
                    route.at("/spec/rules/0/matches").forEach(match -> prefixes.add(match.at("/path/value").asText()));
                }
            }
            JsonNode openApi = Charts.YAML.readTree(Files.readString(Charts.ROOT.resolve("api-specs/openapi/" + service
                    + ".yaml")));
            openApi.path("paths").fieldNames().forEachRemaining(path -> {
                boolean routed = prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
                assertThat(routed).as(service + " " + path).isEqualTo(!path.startsWith("/api/v1/operations"));
            });
        }
    }

    @Test
    void epixAsksForAPartnerClientCertificateAndForwardsIt() {
        JsonNode mtls = Charts.ofKind(OBJECTS, "ClientTrafficPolicy").getFirst();
        assertThat(mtls.at("/spec/targetRefs/0/sectionName").asText()).isEqualTo("epix");
        assertThat(mtls.at("/spec/tls/clientValidation/caCertificateRefs/0/name").asText()).isEqualTo("ecites-partner-ca");
        assertThat(mtls.at("/spec/headers/xForwardedClientCert/mode").asText()).isEqualTo("SanitizeSet");
        JsonNode epix = Manifests.named(OBJECTS, "HTTPRoute", "ecites-exchange-epix");
        assertThat(epix.at("/spec/rules/0/backendRefs/0/port").asInt()).isEqualTo(8443);
        assertThat(Manifests.named(OBJECTS, "BackendTLSPolicy", "ecites-exchange-epix")
                .at("/spec/targetRefs/0/sectionName").asText()).isEqualTo("partner-tls");
    }

    private static List<JsonNode> targeting(List<JsonNode> policies, String route) {
        return policies.stream().filter(policy -> {
            for (JsonNode ref : policy.at("/spec/targetRefs")) {
                if (ref.path("kind").asText().equals("HTTPRoute") && ref.path("name").asText().equals(route)) {
                    return true;
                }
            }
            return false;
        }).toList();
    }
}
