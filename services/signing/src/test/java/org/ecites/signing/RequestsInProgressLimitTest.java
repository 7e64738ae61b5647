package org.ecites.signing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.ecites.signing.SignedPermits.sealOf;
import static org.ecites.signing.SignedPermits.signedExport;
import static org.ecites.signing.SignedPermits.verifyAll;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ecites.testing.RealInfrastructure;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class RequestsInProgressLimitTest {

    @Test
    void requestsBeyondTheLimitAre503ProblemsUntilTheOnesInProgressEnd() throws IOException {
        List<String> seal = List.of(sealOf(signedExport("CH", "NO")));
        int limit = ConfigProvider.getConfig().getValue("ecites.http-limits.requests-in-progress", Integer.class);
        List<Socket> inProgress = new ArrayList<>();
        try {
            for (int i = 0; i < limit; i++) {
                inProgress.add(requestAwaitingItsBody());
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verifyAll("127.0.2.1", seal)
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                    .body("status", equalTo(503)).body("detail", containsString(limit + " requests in progress")));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            for (Socket socket : inProgress) {
                socket.close();
            }
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verifyAll("127.0.2.2", seal)
                .statusCode(200).body("verifications", hasSize(1)));
    }

    /** A verification whose headers have arrived and whose body never comes: in progress until its connection closes. */
    private static Socket requestAwaitingItsBody() throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/verifications/batch HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }
}
