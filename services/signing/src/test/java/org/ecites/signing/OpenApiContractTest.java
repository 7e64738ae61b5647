package org.ecites.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ecites.events.PermitDocument;
import org.ecites.testing.IsolationSuite;
import org.ecites.testing.OpenApiContract;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest {

    @Test
    void apiSpecsHoldTheDocumentTheServiceServes() throws IOException {
        OpenApiContract.assertServedDocumentIsCommitted("signing");
    }

    @Test
    void everyOperationKeepsEachPartysDataToItself() throws IOException {
        PermitDocument permit = SignedPermits.signedExport("CH", "NO");
        String keyId = given().auth().oauth2(Tokens.maAdmin("CH")).get("/api/v1/keys")
                .then().statusCode(200).extract().path("[0].keyId");

        List<String> breaches = IsolationSuite.of("signing", "CH", "KE")
                .pathValue("permitId", permit.permitId())
                .pathValue("keyId", keyId)
                .pathValue("permitNumber", permit.permitNumber())
                .secret(permit.permitId()).secret(SignedPermits.sealOf(permit))
                .body("revoke", Map.of("reason", "key compromise"))
                .body("verify", Map.of("seal", "CITES1:NOT-A-SEAL"))
                .breaches();

        assertThat(breaches).isEmpty();
    }
}
