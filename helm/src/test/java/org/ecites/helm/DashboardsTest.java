package org.ecites.helm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Grafana dashboards shipped in the chart: a data source variable only, a unit on every panel, every query
 * parsed by Prometheus' own parser (promtool), and every metric it names present in the /q/metrics the five
 * services served (recorded in src/test/resources/metrics) or made by the chart's recording rules.
 */
class DashboardsTest {

    private static final Path DASHBOARDS = Charts.dir("ecites").resolve("files/dashboards");
    private static final Path RECORDED = Path.of("src/test/resources/metrics");
    /** Meters a service registers on their first event (a failure, a push, a waiting delivery): named in code. */
    private static final Set<String> REGISTERED_ON_FIRST_USE = Set.of(
            "ecites_signing_failures_total",                    // signing SigningMetrics.signingFailed
            "ecites_exchange_pushes_total",                     // exchange PartnerPusher
            "ecites_exchange_deliveries_waiting",               // exchange DeliveryMetrics, per partner
            "ecites_exchange_deliveries_oldest_waiting_seconds");
    private static final Set<String> PROMQL_WORDS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "bool", "offset", "inf", "nan");

    @Test
    void thereIsAnOverviewADashboardPerServiceAndOnesPerPartnerAndPerParty() {
        List<String> uids = dashboards().values().stream().map(d -> d.path("uid").asText()).toList();
        assertThat(uids).doesNotHaveDuplicates().contains("ecites-overview", "ecites-partners", "ecites-parties");
        Charts.SERVICES.forEach(service -> assertThat(uids).contains("ecites-" + service));
        assertThat(Charts.ofKind(HostingModes.shared(), "ConfigMap"))
                .filteredOn(c -> c.at("/metadata/labels/grafana_dashboard").asText().equals("1"))
                .hasSize(dashboards().size());
    }

    @Test
    void panelsReadTheDataSourceVariableAndSayTheirUnit() {
        dashboards().forEach((file, dashboard) -> {
            assertThat(dashboard.path("title").asText()).as(file).isNotBlank();
            assertThat(dashboard.at("/templating/list/0/type").asText()).as(file).isEqualTo("datasource");
            for (JsonNode panel : panels(dashboard)) {
                String where = file + " / " + panel.path("title").asText();
                assertThat(panel.at("/datasource/uid").asText()).as(where).isEqualTo("${datasource}");
                assertThat(panel.at("/fieldConfig/defaults/unit").asText()).as(where).isNotBlank();
                assertThat(panel.path("targets")).as(where).isNotEmpty();
                panel.path("targets").forEach(target -> assertThat(target.at("/datasource/uid").asText())
                        .as(where).isEqualTo("${datasource}"));
            }
        });
    }

    @Test
    void everyQueryParsesAsPromql() throws IOException {
        Path dir = Files.createTempDirectory("ecites-dashboards");
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
        int n = 0;
        for (String expr : expressions()) {
            String query = expr.replace("$__rate_interval", "5m").replaceAll("\\$\\w+", ".*");
            rules.append("      - record: dashboard:query").append(n++).append(":check\n        expr: ")
                    .append(Charts.JSON.writeValueAsString(query)).append('\n');
        }
        Files.writeString(dir.resolve("queries.yaml"), rules);
        Promtool.Result result = Promtool.run(dir, "check", "rules", "queries.yaml");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: " + n + " rules found");
    }

    @Test
    void everyMetricAQueryNamesIsOneTheServicesServe() {
        Set<String> known = new HashSet<>(REGISTERED_ON_FIRST_USE);
        try (Stream<Path> files = Files.list(RECORDED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                known.addAll(Files.readAllLines(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AlertRulesTest.rules().stream().filter(rule -> rule.has("record"))
                .forEach(rule -> known.add(rule.path("record").asText()));
        List<String> expressions = expressions();
        assertThat(expressions).hasSizeGreaterThan(40);
        for (String expr : expressions) {
            assertThat(metricNames(expr)).as(expr).isNotEmpty().allSatisfy(metric ->
                    assertThat(known).as("metric " + metric + " of " + expr).contains(metric));
        }
    }

    @Test
    void metricNamesAreFoundInAQuery() {
        assertThat(metricNames("histogram_quantile(0.99, sum by (le) (rate(http_server_requests_seconds_bucket"
                + "{application=~\"$application\",uri!~\"/q/.*\"}[$__rate_interval]))) / ecites:http_errors:ratio_rate1h"))
                .containsExactlyInAnyOrder("http_server_requests_seconds_bucket", "ecites:http_errors:ratio_rate1h");
    }

    /** The metric names of a PromQL expression: identifiers not followed by "(" once strings, label matchers,
     * ranges and grouping clauses are gone. */
    static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new HashSet<>();
        Matcher matcher = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(bare);
        while (matcher.find()) {
            if (matcher.group(2) == null && !PROMQL_WORDS.contains(matcher.group(1).toLowerCase())) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static List<String> expressions() {
        List<String> expressions = new ArrayList<>();
        for (JsonNode dashboard : dashboards().values()) {
            for (JsonNode panel : panels(dashboard)) {
                panel.path("targets").forEach(target -> expressions.add(target.path("expr").asText()));
            }
        }
        return expressions;
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            if (!panel.path("type").asText().equals("row")) {
                panels.add(panel);
            }
        });
        return panels;
    }

    private static Map<String, JsonNode> dashboards() {
        Map<String, JsonNode> dashboards = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path file : files.sorted().toList()) {
                dashboards.put(file.getFileName().toString(), Charts.JSON.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dashboards;
    }
}
