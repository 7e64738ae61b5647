package org.ecites.registry;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.util.Map;
import org.ecites.testing.ApiContractTests;
import org.ecites.testing.IsolationSuite;
import org.ecites.testing.RealInfrastructure;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest extends ApiContractTests {

    @Override
    protected IsolationSuite isolationSuite() throws IOException {
        Map<String, Object> permit = Officers.issueCrocodileExport();
        Map<String, Object> replacement = Map.of("reason", "wrong address",
                "document", PermitRequests.crocodileExport("NO"));

        return IsolationSuite.of(service(), "CH", "KE")
                .pathValue("id", permit.get("permitId"))
                .pathValue("reference", permit.get("permitNumber"))
                .pathValue("party", "CH")
                .pathValue("username", "ch-officer")
                .selector("year", 2026)
                .secret(permit.get("permitNumber")).secret(permit.get("permitId"))
                .body("issue", PermitRequests.crocodileExport("NO"))
                .body("apply", PermitRequests.crocodileExport("NO"))
                .body("cancel", Map.of("reason", "issued in error"))
                .body("refuse", Map.of("reason", "no finding"))
                .body("replace", replacement)
                .body("changeStatus", Map.of("enabled", false))
                .body("offboard", Map.of("reason", "leaves the platform"));
    }
}
