package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PermitConcurrencyTest {

    private static final int PARALLEL = 50;

    @Test
    void fiftyParallelIssuesNeverShareOrSkipANumber() throws Exception {
        String token = Tokens.maOfficer("NO");
        Map<String, Object> body = PermitRequests.crocodileExport("CH");
        List<String> numbers = inParallel(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/permits").then().statusCode(201).extract().<String>path("permitNumber"));

        List<Integer> serials = numbers.stream().map(n -> Integer.parseInt(n.substring(n.indexOf('-') + 1)))
                .sorted().toList();
        assertThat(serials).doesNotHaveDuplicates().hasSize(PARALLEL);
        assertThat(serials.get(PARALLEL - 1) - serials.get(0)).isEqualTo(PARALLEL - 1);
    }

    @Test
    void fiftyParallelCancellationsOfOnePermitCancelItOnce() throws Exception {
        String id = (String) Officers.issueCrocodileExport().get("permitId");

        List<Integer> statuses = inParallel(() -> Officers.act(id, "cancel", Map.of("reason", "race"))
                .extract().statusCode());

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        Officers.get(id).body("status", equalTo("CANCELLED"));
        List<String> actions = Officers.audit(id).body("chainValid", equalTo(true)).extract().path("entries.action");
        assertThat(actions).containsExactly("ISSUED", "CANCELLED");
    }

    private static <T> List<T> inParallel(Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<Future<T>> futures = pool.invokeAll(IntStream.range(0, PARALLEL).mapToObj(i -> call).toList());
            return futures.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } finally {
            pool.shutdown();
        }
    }
}
