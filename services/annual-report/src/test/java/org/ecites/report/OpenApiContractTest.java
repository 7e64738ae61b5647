package org.ecites.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
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
        OpenApiContract.assertServedDocumentIsCommitted("annual-report");
    }

    @Test
    void everyOperationKeepsEachPartysDataToItself() throws IOException {
        assertThat(IsolationSuite.of("annual-report", "CH", "KE").selector("year", 2026).breaches()).isEmpty();
    }
}
