package org.ecites.signing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ecites.events.PermitDocument;
import org.ecites.testing.ApiContractTests;
import org.ecites.testing.IsolationSuite;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest extends ApiContractTests {

    @Override
    protected IsolationSuite isolationSuite() throws IOException {
        PermitDocument permit = SignedPermits.signedExport("CH", "NO");
        String keyId = given().auth().oauth2(Tokens.maAdmin("CH")).get("/api/v1/keys")
                .then().statusCode(200).extract().path("[0].keyId");

        return IsolationSuite.of(service(), "CH", "KE")
                .pathValue("permitId", permit.permitId())
                .pathValue("keyId", keyId)
                .pathValue("permitNumber", permit.permitNumber())
                .secret(permit.permitId()).secret(SignedPermits.sealOf(permit))
                .body("revoke", Map.of("reason", "key compromise"))
                .body("verify", Map.of("seal", "CITES1:NOT-A-SEAL"))
                .body("verifyAll", Map.of("seals", List.of("CITES1:NOT-A-SEAL")));
    }
}
