package org.ecites.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The PrometheusRule as the chart renders it: promtool accepts it, and its unit tests prove each alert fires
 * on a synthetic failing series and stays silent on the healthy one beside it; each alert has its runbook.
 */
class AlertRulesTest {

    private static final List<Path> UNIT_TESTS = List.of(Path.of("src/test/resources/prometheus/ecites-rules-test.yaml"),
            Path.of("src/test/resources/prometheus/ecites-rules-slow-burn-test.yaml"));

    @Test
    void promtoolChecksTheRenderedRules() throws IOException {
        Path dir = renderedRules();
        Promtool.Result result = Promtool.run(dir, "check", "rules", "ecites-rules.yaml");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: " + (alerts().size() + recordingRules()) + " rules found");
    }

    @Test
    void eachAlertFiresOnAFailingSeriesAndStaysSilentOnAHealthyOne() throws IOException {
        Path dir = renderedRules();
        List<String> arguments = new ArrayList<>(List.of("test", "rules"));
        for (Path tests : UNIT_TESTS) {
            Files.copy(tests, dir.resolve(tests.getFileName()));
            arguments.add(tests.getFileName().toString());
        }
        Promtool.Result result = Promtool.run(dir, arguments.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain("FAILED");

        Set<String> tested = new HashSet<>();
        for (JsonNode group : UNIT_TESTS.stream().flatMap(AlertRulesTest::groups).toList()) {
            for (JsonNode test : group.path("alert_rule_test")) {
                if (!test.path("exp_alerts").isEmpty()) {
                    assertThat(group.path("input_series").size()).as("a healthy series beside the failing one")
                            .isGreaterThan(test.path("exp_alerts").size());
                    tested.add(test.path("alertname").asText());
                }
            }
        }
        assertThat(tested).containsExactlyInAnyOrderElementsOf(alerts().stream()
                .map(alert -> alert.path("alert").asText()).toList());
    }

    @Test
    void everyAlertHasASeverityAServiceAndARunbookInTheRepository() {
        for (JsonNode alert : alerts()) {
            String name = alert.path("alert").asText();
            assertThat(alert.at("/labels/severity").asText()).as(name).isIn("critical", "warning", "info");
            assertThat(alert.at("/labels/service").asText()).as(name).isNotBlank();
            assertThat(alert.path("for").asText()).as(name).isNotBlank();
            assertThat(alert.at("/annotations/summary").asText()).as(name).isNotBlank();
            assertThat(alert.at("/annotations/runbook_url").asText()).as(name)
                    .isEqualTo("https://ecites.example.org/docs/operations/" + name + ".md");
            Path runbook = Charts.ROOT.resolve("docs/operations/" + name + ".md");
            assertThat(runbook).as(name + "'s runbook").exists().content().contains("# " + name);
        }
    }

    private static java.util.stream.Stream<JsonNode> groups(Path tests) {
        try {
            return java.util.stream.StreamSupport.stream(Charts.YAML.readTree(tests.toFile()).path("tests").spliterator(),
                    false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<JsonNode> alerts() {
        List<JsonNode> alerts = new ArrayList<>();
        rules().forEach(rule -> {
            if (rule.has("alert")) {
                alerts.add(rule);
            }
        });
        return alerts;
    }

    static List<JsonNode> rules() {
        List<JsonNode> rules = new ArrayList<>();
        for (JsonNode group : prometheusRule().at("/spec/groups")) {
            group.path("rules").forEach(rules::add);
        }
        return rules;
    }

    private static long recordingRules() {
        return rules().stream().filter(rule -> rule.has("record")).count();
    }

    private static JsonNode prometheusRule() {
        return Charts.ofKind(HostingModes.shared(), "PrometheusRule").getFirst();
    }

    private static Path renderedRules() throws IOException {
        Promtool.require();
        Path dir = Files.createTempDirectory("ecites-rules");
        Files.writeString(dir.resolve("ecites-rules.yaml"), Charts.YAML.writeValueAsString(prometheusRule().path("spec")));
        return dir;
    }
}
