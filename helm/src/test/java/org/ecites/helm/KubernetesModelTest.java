package org.ecites.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Built-in kinds are read into the fabric8 Kubernetes API model, field by field: any field the API does not
 * have (a misspelling the API server would drop or refuse) lands in a model object's additional properties,
 * and fails the test.
 */
class KubernetesModelTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("v1/ServiceAccount", io.fabric8.kubernetes.api.model.ServiceAccount.class),
            Map.entry("v1/ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("v1/Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("v1/Namespace", io.fabric8.kubernetes.api.model.Namespace.class),
            Map.entry("v1/ResourceQuota", io.fabric8.kubernetes.api.model.ResourceQuota.class),
            Map.entry("v1/LimitRange", io.fabric8.kubernetes.api.model.LimitRange.class),
            Map.entry("apps/v1/Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("policy/v1/PodDisruptionBudget", io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler",
                    io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
            Map.entry("batch/v1/Job", io.fabric8.kubernetes.api.model.batch.v1.Job.class));

    @Test
    void everyBuiltInObjectHasOnlyFieldsOfTheKubernetesApi() throws Exception {
        List<JsonNode> objects = new ArrayList<>(HostingModes.both());
        objects.addAll(ChartTests.rendered());
        Map<String, Object> autoscaled = Map.of("signing.autoscaling.enabled", "true");
        objects.addAll(Charts.render("ecites", autoscaled));
        int checked = 0;
        for (JsonNode object : objects) {
            Class<? extends HasMetadata> type = KINDS.get(object.path("apiVersion").asText() + "/"
                    + object.path("kind").asText());
            if (type == null) {
                assertThat(object.path("apiVersion").asText()).as(Manifests.name(object) + " is a custom resource")
                        .contains(".");
                continue;
            }
            List<String> unknown = new ArrayList<>();
            unknownFields(MAPPER.treeToValue(object, type), Manifests.name(object), unknown,
                    java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
            assertThat(unknown).as(Manifests.name(object)).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void aMisspelledFieldIsFound() throws Exception {
        JsonNode deployment = Charts.ofKind(HostingModes.shared(), "Deployment").getFirst().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) deployment.at("/spec/template/spec/containers/0"))
                .put("imagePullPolcy", "Always");
        List<String> unknown = new ArrayList<>();
        unknownFields(MAPPER.treeToValue(deployment, io.fabric8.kubernetes.api.model.apps.Deployment.class), "d",
                unknown, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        assertThat(unknown).singleElement().asString().contains("imagePullPolcy");
    }

    private static void unknownFields(Object model, String path, List<String> unknown, Set<Object> seen)
            throws Exception {
        if (model == null || !seen.add(model)) {
            return;
        }
        if (model instanceof Collection<?> items) {
            for (Object item : items) {
                unknownFields(item, path + "[]", unknown, seen);
            }
            return;
        }
        if (model instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), unknown, seen);
            }
            return;
        }
        if (!(model instanceof KubernetesResource)) {
            return;
        }
        for (Method getter : model.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = getter.invoke(model);
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
            } else {
                unknownFields(value, path + "." + getter.getName().substring(3), unknown, seen);
            }
        }
    }
}
