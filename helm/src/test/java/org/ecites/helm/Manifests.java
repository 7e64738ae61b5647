package org.ecites.helm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small questions about rendered objects. */
final class Manifests {

    private Manifests() {
    }

    static String name(JsonNode object) {
        return object.path("kind").asText() + "/" + object.at("/metadata/name").asText();
    }

    static JsonNode named(List<JsonNode> objects, String kind, String name) {
        return Charts.ofKind(objects, kind).stream().filter(o -> o.at("/metadata/name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + "/" + name + " rendered"));
    }

    /** Whether a matchLabels selector selects an object with these labels. */
    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels.isMissingNode() || matchLabels.isEmpty()) {
            return true;
        }
        for (Map.Entry<String, JsonNode> label : matchLabels.properties()) {
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    /** The pod specs of Deployments and Jobs. */
    static List<JsonNode> podSpecs(List<JsonNode> objects) {
        List<JsonNode> pods = new ArrayList<>();
        for (JsonNode object : objects) {
            if (List.of("Deployment", "Job").contains(object.path("kind").asText())) {
                pods.add(object.at("/spec/template/spec"));
            }
        }
        return pods;
    }
}
