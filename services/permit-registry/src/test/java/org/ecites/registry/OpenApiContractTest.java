package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** The committed API contract is the one the running service serves. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("../../api-specs/openapi/permit-registry.yaml");
    private static final Path SERVED = Path.of("target/openapi/permit-registry.yaml");

    @Test
    void apiSpecsHoldTheDocumentTheServiceServes() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served);

        YAMLMapper yaml = new YAMLMapper();
        JsonNode expected = yaml.readTree(Files.readString(COMMITTED));
        assertThat(yaml.readTree(served))
                .withFailMessage("the served OpenAPI document differs from %s; if the change is meant, copy %s there",
                        COMMITTED, SERVED.toAbsolutePath())
                .isEqualTo(expected);
        assertThat(expected.get("openapi").asText()).startsWith("3.1");
    }
}
