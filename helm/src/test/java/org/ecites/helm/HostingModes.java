package org.ecites.helm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The umbrella chart rendered once per hosting mode, with the example values of helm/values/. */
final class HostingModes {

    private static List<JsonNode> shared;
    private static List<JsonNode> dedicated;

    private HostingModes() {
    }

    static synchronized List<JsonNode> shared() {
        if (shared == null) {
            shared = Charts.render("ecites", Charts.ROOT.resolve("helm/values/shared-region-eu.yaml"));
        }
        return shared;
    }

    static synchronized List<JsonNode> dedicated() {
        if (dedicated == null) {
            dedicated = Charts.render("ecites", Charts.ROOT.resolve("helm/values/dedicated-party-ke.yaml"));
        }
        return dedicated;
    }

    static List<JsonNode> both() {
        return java.util.stream.Stream.concat(shared().stream(), dedicated().stream()).toList();
    }
}
