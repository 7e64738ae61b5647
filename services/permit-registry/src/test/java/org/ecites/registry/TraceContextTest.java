package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.ecites.events.EventType;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** One trace from a permit's issue on: the event the outbox publishes carries the request's trace. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class TraceContextTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theIssuedEventIsPublishedInTheTraceOfTheRequestThatIssuedThePermit() {
        String traceId = HexFormat.of().formatHex(RANDOM.generateSeed(16));
        String number = given().auth().oauth2(Tokens.maOfficer("CH")).header("traceparent",
                        "00-" + traceId + "-" + HexFormat.of().formatHex(RANDOM.generateSeed(8)) + "-01")
                .contentType(ContentType.JSON).body(PermitRequests.crocodileExport("NO"))
                .post("/api/v1/permits").then().statusCode(201).extract().path("permitNumber");

        var issued = KafkaProbe.await(EventType.PERMIT_ISSUED.topic(),
                r -> number.equals(KafkaProbe.header(r, "ce_subject")), Duration.ofSeconds(30));

        assertThat(KafkaProbe.header(issued, "traceparent")).as("the published event's trace context")
                .startsWith("00-" + traceId + "-");
    }
}
