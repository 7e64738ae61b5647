package org.ecites.customs;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecites.events.PermitDocument;
import org.ecites.testing.ApiContractTests;
import org.ecites.testing.IsolationSuite;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class OpenApiContractTest extends ApiContractTests {

    @Override
    protected IsolationSuite isolationSuite() throws IOException {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));

        return IsolationSuite.of(service(), "CH", "KE")
                .pathValue("permitNumber", permit.permitNumber())
                .secret(permit.permitId())
                .body("bySeal", Map.of("seal", PermitDocuments.signed(permit).seal()))
                .body("clear", Map.of("permitNumber", permit.permitNumber(), "issuingParty", "CH", "port", "KEMBA",
                        "quantities", List.of(Map.of("itemId", "A", "quantity", 1))))
                .body("endorse", Map.of("permitNumber", permit.permitNumber(), "port", "KEMBA",
                        "quantities", List.of(Map.of("itemId", "A", "quantity", 1))));
    }
}
