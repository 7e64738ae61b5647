package org.ecites.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ecites.testing.IsolationSuite;
import org.ecites.testing.OpenApiContract;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest {

    @Test
    void apiSpecsHoldTheDocumentTheServiceServes() throws IOException {
        OpenApiContract.assertServedDocumentIsCommitted("permit-registry");
    }

    @Test
    void everyOperationKeepsEachPartysDataToItself() throws IOException {
        Map<String, Object> permit = Officers.issueCrocodileExport();
        Map<String, Object> replacement = Map.of("reason", "wrong address",
                "document", PermitRequests.crocodileExport("NO"));

        List<String> breaches = IsolationSuite.of("permit-registry", "CH", "KE")
                .pathValue("id", permit.get("permitId"))
                .pathValue("reference", permit.get("permitNumber"))
                .selector("year", 2026)
                .secret(permit.get("permitNumber")).secret(permit.get("permitId"))
                .body("issue", PermitRequests.crocodileExport("NO"))
                .body("apply", PermitRequests.crocodileExport("NO"))
                .body("cancel", Map.of("reason", "issued in error"))
                .body("refuse", Map.of("reason", "no finding"))
                .body("replace", replacement)
                .breaches();

        assertThat(breaches).isEmpty();
    }
}
