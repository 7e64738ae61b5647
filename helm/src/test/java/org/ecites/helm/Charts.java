package org.ecites.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The charts under helm/charts, rendered by the real Helm (helm-java) as a release named {@value #RELEASE}. */
final class Charts {

    static final String RELEASE = "ecites";
    static final String NAMESPACE = "ecites";
    static final List<String> SERVICES = List.of("permit-registry", "signing", "exchange", "customs-endorsement",
            "annual-report");
    static final List<String> ALL = List.of("ecites-lib", "permit-registry", "signing", "exchange",
            "customs-endorsement", "annual-report", "ecites");
    static final Path ROOT = Path.of(System.getProperty("ecites.repo.root", "..")).toAbsolutePath().normalize();
    static final Path CHARTS = ROOT.resolve("helm/charts");
    static final ObjectMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Boolean> DEPENDENCIES_BUILT = new ConcurrentHashMap<>();

    private Charts() {
    }

    static Path dir(String chart) {
        return CHARTS.resolve(chart);
    }

    /** Packs the chart's file:// dependencies into its charts/ folder, once per test run. */
    static synchronized Helm helm(String chart) {
        Helm helm = new Helm(dir(chart));
        if (!chart.equals("ecites-lib") && DEPENDENCIES_BUILT.putIfAbsent(chart, true) == null) {
            if (chart.equals("ecites")) {
                SERVICES.forEach(Charts::helm);
            }
            helm.dependency().update().skipRefresh().call();
        }
        return helm;
    }

    static List<JsonNode> render(String chart, Map<String, Object> values) {
        return parse(template(chart, values));
    }

    static List<JsonNode> render(String chart, Path valuesFile) {
        TemplateCommand command = helm(chart).template().withName(RELEASE).withNamespace(NAMESPACE)
                .withValuesFile(valuesFile);
        return parse(command.call());
    }

    static String template(String chart, Map<String, Object> values) {
        TemplateCommand command = helm(chart).template().withName(RELEASE).withNamespace(NAMESPACE);
        values.forEach(command::set);
        return command.call();
    }

    static List<JsonNode> parse(String manifests) {
        try {
            List<JsonNode> objects = new ArrayList<>();
            for (JsonNode node : YAML.readValues(new YAMLFactory().createParser(manifests), JsonNode.class)
                    .readAll()) {
                if (node != null && !node.isEmpty()) {
                    objects.add(node);
                }
            }
            return objects;
        } catch (IOException e) {
            throw new UncheckedIOException("helm rendered no valid YAML", e);
        }
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }
}
