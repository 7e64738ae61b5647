package org.ecites.report;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ecites.testing.ApiContractTests;
import org.ecites.testing.IsolationSuite;
import org.ecites.testing.RealInfrastructure;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest extends ApiContractTests {

    @Override
    protected IsolationSuite isolationSuite() throws IOException {
        return IsolationSuite.of(service(), "CH", "KE").pathValue("party", "CH")
                .selector("year", LocalDate.now(ZoneOffset.UTC).getYear() - 1);
    }
}
