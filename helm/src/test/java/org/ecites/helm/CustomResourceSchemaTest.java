package org.ecites.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Every custom resource the charts render is valid against its CRD's schema (Gateway API, Envoy Gateway,
 * Prometheus Operator, Strimzi, CloudNativePG), as kubeconform would check it; the schemas refuse unknown fields.
 */
class CustomResourceSchemaTest {

    private static final Path SCHEMAS = Path.of("src/test/resources/crds");
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "policy", "networking.k8s.io",
            "autoscaling", "batch");
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    @Test
    void everyRenderedCustomResourceMatchesItsSchema() {
        List<JsonNode> custom = HostingModes.both().stream().filter(o -> !BUILT_IN_GROUPS.contains(group(o))).toList();
        assertThat(custom).extracting(o -> o.path("kind").asText()).contains("Gateway", "HTTPRoute",
                "BackendTLSPolicy", "SecurityPolicy", "BackendTrafficPolicy", "ClientTrafficPolicy", "ServiceMonitor",
                "PrometheusRule", "KafkaTopic", "KafkaUser", "Cluster", "Database");
        for (JsonNode object : custom) {
            assertThat(errors(object)).as(Manifests.name(object)).isEmpty();
        }
    }

    @Test
    void aMisspelledFieldOrAnUnknownEnumValueIsRefused() {
        JsonNode policy = HostingModes.shared().stream()
                .filter(o -> o.path("kind").asText().equals("BackendTrafficPolicy")).findFirst().orElseThrow();
        ObjectNode misspelled = policy.deepCopy();
        ((ObjectNode) misspelled.at("/spec/rateLimit/global/rules/0")).set("clientSelectorz",
                misspelled.at("/spec/rateLimit/global/rules/0/clientSelectors"));
        ObjectNode badUnit = policy.deepCopy();
        ((ObjectNode) badUnit.at("/spec/rateLimit/global/rules/0/limit")).put("unit", "Minutes");
        assertThat(errors(misspelled)).isNotEmpty();
        assertThat(errors(badUnit)).isNotEmpty();
    }

    static List<com.networknt.schema.Error> errors(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        Path file = SCHEMAS.resolve(group(object)).resolve(object.path("kind").asText().toLowerCase() + "_" + version
                + ".json");
        Schema schema = CACHE.computeIfAbsent(file.toString(), key -> load(file));
        try {
            return schema.validate(Charts.JSON.writeValueAsString(object), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load(Path file) {
        assertThat(file).as("the schema of this custom resource is in src/test/resources/crds").exists();
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(Files.readString(file), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String group(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }
}
