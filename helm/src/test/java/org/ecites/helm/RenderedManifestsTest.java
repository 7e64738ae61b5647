package org.ecites.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of the issue, asserted on what Helm renders in both hosting modes. */
class RenderedManifestsTest {

    static List<Arguments> modes() {
        return List.of(new Arguments("shared", HostingModes.shared()), new Arguments("dedicated", HostingModes.dedicated()));
    }

    record Arguments(String mode, List<JsonNode> objects) {
        @Override
        public String toString() {
            return mode;
        }
    }

    @ParameterizedTest
    @MethodSource("modes")
    void everyObjectCarriesTheRecommendedLabels(Arguments rendered) {
        for (JsonNode object : rendered.objects()) {
            if (object.path("kind").asText().equals("Namespace")) {
                continue;
            }
            assertThat(fieldNames(object.path("metadata").path("labels"))).as(Manifests.name(object))
                    .contains("app.kubernetes.io/name", "app.kubernetes.io/instance", "helm.sh/chart",
                            "app.kubernetes.io/managed-by", "app.kubernetes.io/part-of");
        }
    }

    @ParameterizedTest
    @MethodSource("modes")
    void selectorsAreNameAndInstanceOnlyAndMatchThePods(Arguments rendered) {
        for (JsonNode deployment : Charts.ofKind(rendered.objects(), "Deployment")) {
            JsonNode selector = deployment.at("/spec/selector/matchLabels");
            assertThat(fieldNames(selector)).as(Manifests.name(deployment))
                    .containsExactlyInAnyOrder("app.kubernetes.io/name", "app.kubernetes.io/instance");
            assertThat(Manifests.selects(selector, deployment.at("/spec/template/metadata/labels"))).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("modes")
    void podsMeetTheRestrictedPodSecurityStandard(Arguments rendered) {
        for (JsonNode pod : Manifests.podSpecs(rendered.objects())) {
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.at("/securityContext/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
                assertThat(security.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
                assertThat(security.at("/capabilities/drop").toString()).contains("\"ALL\"");
                assertThat(container.at("/resources/requests/cpu").isMissingNode()).isFalse();
                assertThat(container.at("/resources/requests/memory").isMissingNode()).isFalse();
                assertThat(container.at("/resources/limits/memory").isMissingNode()).isFalse();
                assertThat(container.path("image").asText()).doesNotEndWith(":latest").matches(".+(:|@sha256:).+");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("modes")
    void servicesProbeQuarkusHealthAndWriteOnlyToTmp(Arguments rendered) {
        for (JsonNode deployment : Charts.ofKind(rendered.objects(), "Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            JsonNode container = pod.path("containers").get(0);
            assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).contains("/tmp");
            assertThat(pod.path("volumes").findValues("emptyDir")).hasSize(1);
            assertThat(pod.path("topologySpreadConstraints").findValuesAsText("topologyKey"))
                    .containsExactlyInAnyOrder("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            assertThat(Manifests.named(rendered.objects(), "ServiceAccount", pod.path("serviceAccountName").asText())
                    .path("automountServiceAccountToken").asBoolean(true)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("modes")
    void everyDeploymentHasItsDisruptionBudgetAndServiceMonitor(Arguments rendered) {
        List<JsonNode> deployments = Charts.ofKind(rendered.objects(), "Deployment");
        assertThat(deployments).hasSize(Charts.SERVICES.size());
        for (JsonNode deployment : deployments) {
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            assertThat(Charts.ofKind(rendered.objects(), "PodDisruptionBudget")).as(Manifests.name(deployment))
                    .filteredOn(pdb -> Manifests.selects(pdb.at("/spec/selector/matchLabels"), podLabels)).hasSize(1);
            assertThat(Charts.ofKind(rendered.objects(), "ServiceMonitor"))
                    .filteredOn(monitor -> Manifests.selects(monitor.at("/spec/selector/matchLabels"), podLabels))
                    .singleElement().satisfies(monitor -> assertThat(monitor.at("/spec/endpoints/0/path").asText())
                            .isEqualTo("/q/metrics"));
            assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyPodIsDeniedByDefaultAndAllowedExactlyItsFlows() {
        List<JsonNode> objects = ChartTests.rendered();
        List<JsonNode> policies = Charts.ofKind(objects, "NetworkPolicy");
        assertThat(policies).filteredOn(p -> p.at("/spec/podSelector").isEmpty()).singleElement().satisfies(deny -> {
            assertThat(deny.at("/spec/ingress").isMissingNode()).isTrue();
            assertThat(deny.at("/spec/egress").isMissingNode()).isTrue();
        });
        for (JsonNode object : objects) {
            if (!List.of("Deployment", "Job").contains(object.path("kind").asText())) {
                continue;
            }
            JsonNode labels = object.at("/spec/template/metadata/labels");
            assertThat(policies).as(Manifests.name(object)).filteredOn(p -> !p.at("/spec/podSelector").isEmpty())
                    .filteredOn(p -> Manifests.selects(p.at("/spec/podSelector/matchLabels"), labels)).hasSize(1);
        }
        JsonNode signing = Manifests.named(objects, "NetworkPolicy", "ecites-signing");
        assertThat(signing.at("/spec/egress").findValuesAsText("port")).contains("53", "5432", "9093", "8443", "4317");
        assertThat(signing.at("/spec/ingress").findValuesAsText("kubernetes.io/metadata.name"))
                .containsExactlyInAnyOrder("envoy-gateway-system", "monitoring");
        assertThat(signing.at("/spec/egress").findValues("ipBlock")).as("only the exchange reaches partners").isEmpty();
        assertThat(Manifests.named(objects, "NetworkPolicy", "ecites-exchange").at("/spec/egress")
                .findValues("ipBlock")).hasSize(1);
    }

    @Test
    void autoscalingRendersAnHpaPerServiceAndLeavesReplicasToIt() {
        Map<String, Object> values = new java.util.HashMap<>();
        Charts.SERVICES.forEach(service -> values.put(service + ".autoscaling.enabled", "true"));
        List<JsonNode> objects = Charts.render("ecites", values);
        assertThat(Charts.ofKind(objects, "HorizontalPodAutoscaler")).hasSize(Charts.SERVICES.size())
                .allSatisfy(hpa -> assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu"));
        assertThat(Charts.ofKind(objects, "Deployment")).allSatisfy(deployment ->
                assertThat(deployment.at("/spec/replicas").isMissingNode()).isTrue());
        assertThat(Charts.ofKind(HostingModes.shared(), "HorizontalPodAutoscaler")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("modes")
    void noSecretValueIsRenderedAndCredentialsComeFromSecretsByName(Arguments rendered) {
        assertThat(Charts.ofKind(rendered.objects(), "Secret")).isEmpty();
        for (JsonNode pod : Manifests.podSpecs(rendered.objects())) {
            for (JsonNode env : pod.path("containers").findValues("env")) {
                for (JsonNode variable : env) {
                    String name = variable.path("name").asText();
                    if (name.matches(".*(PASSWORD|SECRET|KEY).*")) {
                        assertThat(variable.has("value")).as(name).isFalse();
                        assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).as(name).isNotBlank();
                    }
                }
            }
        }
        for (JsonNode configMap : Charts.ofKind(rendered.objects(), "ConfigMap")) {
            assertThat(configMap.path("data").toString()).doesNotContainPattern("(?i)password=|secret=|master-key=");
        }
    }

    @Test
    void dedicatedModeBoundsTheNamespaceAndLabelsItRestricted() {
        List<JsonNode> objects = HostingModes.dedicated();
        JsonNode quota = Charts.ofKind(objects, "ResourceQuota").getFirst();
        assertThat(fieldNames(quota.at("/spec/hard"))).contains("requests.cpu", "requests.memory", "requests.storage",
                "pods");
        assertThat(Charts.ofKind(objects, "LimitRange")).hasSize(1);
        JsonNode namespace = Charts.ofKind(objects, "Namespace").getFirst();
        assertThat(namespace.at("/metadata/labels/pod-security.kubernetes.io~1enforce").asText()).isEqualTo("restricted");
        assertThat(Charts.ofKind(HostingModes.shared(), "ResourceQuota")).isEmpty();
    }

    @Test
    void theChartTestCallsEveryServicesReadinessAndThePublicVerification() {
        JsonNode job = Charts.ofKind(ChartTests.rendered(), "Job").getFirst();
        assertThat(ChartTests.isTestHook()).isTrue();
        assertThat(Manifests.podSpecs(List.of(job))).hasSize(1);
        String script = job.at("/spec/template/spec/containers/0/args/0").asText();
        for (String service : Charts.SERVICES) {
            assertThat(script).contains("http://ecites-" + service + ":8080/q/health/ready");
        }
        assertThat(script).contains("/api/v1/verifications", "/api/v1/trust-list");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
