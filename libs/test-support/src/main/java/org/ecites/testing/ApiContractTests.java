package org.ecites.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The two checks every service's API contract gets, for a {@code @QuarkusTest} subclass to run: the
 * committed OpenAPI document is the one the service serves, and the isolation suite generated from it
 * finds no breach with the owner's objects the subclass names.
 */
public abstract class ApiContractTests {

    /** The service under test, as named in {@code api-specs/openapi/<service>.yaml}. */
    protected static String service() {
        return ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
    }

    /** The suite with the owner's objects, secrets and valid bodies this service's operations need. */
    protected abstract IsolationSuite isolationSuite() throws IOException;

    @Test
    void apiSpecsHoldTheDocumentTheServiceServes() throws IOException {
        OpenApiContract.assertServedDocumentIsCommitted(service());
    }

    @Test
    void everyOperationKeepsEachPartysDataToItself() throws IOException {
        assertThat(isolationSuite().breaches()).isEmpty();
    }
}
