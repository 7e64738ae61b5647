package org.ecites.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed API contract in {@code api-specs/openapi/<service>.yaml} is the one the running service
 * serves. The served document is written to {@code target/openapi/} so that a meant change is one copy.
 */
public final class OpenApiContract {

    private OpenApiContract() {
    }

    public static void assertServedDocumentIsCommitted(String service) throws IOException {
        Path committed = Path.of("../../api-specs/openapi/" + service + ".yaml");
        Path served = Path.of("target/openapi/" + service + ".yaml");
        String document = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Files.createDirectories(served.getParent());
        Files.writeString(served, document);

        YAMLMapper yaml = new YAMLMapper();
        JsonNode expected = yaml.readTree(Files.readString(committed));
        assertThat(yaml.readTree(document))
                .withFailMessage("the served OpenAPI document differs from %s; if the change is meant, copy %s there",
                        committed, served.toAbsolutePath())
                .isEqualTo(expected);
        assertThat(expected.get("openapi").asText()).startsWith("3.1");
    }
}
