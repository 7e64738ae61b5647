package org.ecites.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** helm lint --strict passes, and the strict values schemas refuse what is misspelled or out of range. */
class ChartValuesTest {

    static final java.util.List<String> CHARTS = Charts.ALL;

    @ParameterizedTest
    @FieldSource("CHARTS")
    void lintsStrictlyWithoutAWarning(String chart) {
        LintResult result = Charts.helm(chart).lint().strict().call();
        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
        assertThat(result.getMessages()).allSatisfy(message -> assertThat(message).doesNotContain("[WARNING]",
                "[ERROR]"));
    }

    @Test
    void aMisspelledKeyFailsTheRender() {
        assertThatThrownBy(() -> Charts.template("ecites", Map.of("signing.iamge.tag", "1.0")))
                .hasMessageContaining("iamge");
        assertThatThrownBy(() -> Charts.template("ecites", Map.of("gateway.rateLimit.writesPerMinute", "5")))
                .hasMessageContaining("rateLimit");
        assertThatThrownBy(() -> Charts.template("signing", Map.of("image.tag", "latest")))
                .hasMessageContaining("/image/tag");
        assertThatThrownBy(() -> Charts.template("ecites", Map.of("tenancy.mode", "dedicated")))
                .hasMessageContaining("tenancy.party");
        assertThatThrownBy(() -> Charts.template("ecites", Map.of("global.postgres.port", "99999")))
                .hasMessageContaining("port");
    }

    @Test
    void theServiceChartsShareOneSchemaAndTheUmbrellasGlobals() throws IOException {
        JsonNode canonical = json("ecites-lib/service-values.schema.json");
        for (String service : Charts.SERVICES) {
            assertThat(json(service + "/values.schema.json")).as(service).isEqualTo(canonical);
            assertThat(yaml(service + "/values.yaml").path("global")).as(service + " global defaults")
                    .isEqualTo(yaml("ecites/values.yaml").path("global"));
        }
        assertThat(json("ecites/values.schema.json").at("/properties/global"))
                .isEqualTo(canonical.at("/properties/global"));
    }

    @Test
    void notesNameTheHostnamesAndEverySecretToCreate() {
        Charts.helm("ecites");
        String notes = new Helm(Charts.dir("ecites")).install().withName(Charts.RELEASE).withNamespace(Charts.NAMESPACE)
                .clientOnly().withDryRunOption(com.marcnuri.helm.DryRun.CLIENT).call().getOutput();
        assertThat(notes).contains("https://api.ecites.example.org/api/v1/", "ecites-signing-master-key",
                "ecites-exchange-partner-tls", "kubectl -n ecites port-forward");
        for (String service : Charts.SERVICES) {
            assertThat(notes).contains("ecites-" + service + "-db ", "ecites-" + service + "-db-owner");
        }
    }

    private static JsonNode json(String file) throws IOException {
        return Charts.JSON.readTree(Files.readString(Charts.CHARTS.resolve(file)));
    }

    private static JsonNode yaml(String file) throws IOException {
        return Charts.YAML.readTree(Files.readString(Charts.CHARTS.resolve(file)));
    }
}
