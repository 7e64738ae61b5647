package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PermitSearchTest {

    @Test
    void findsThePartysDocumentsByStatusSpeciesAndPartnerPageByPage() {
        Map<String, Object> lion = PermitRequests.crocodileExport("KE");
        PermitRequests.firstItem(lion).put("scientificName", "Panthera leo");
        PermitRequests.firstItem(lion).put("term", "TRO");
        PermitRequests.firstItem(lion).put("purpose", "H");
        lion.put("purpose", "H");
        String lionNumber = (String) Officers.issue(lion).get("permitNumber");
        String cancelled = (String) Officers.issueCrocodileExport().get("permitId");
        Officers.act(cancelled, "cancel", Map.of("reason", "issued in error")).statusCode(200);

        search(Map.of("species", "panthera")).body("permitNumber", hasItem(lionNumber))
                .body("lineItems.flatten().scientificName", everyItem(equalTo("Panthera leo")));
        search(Map.of("partner", "KE")).body("importerParty", everyItem(equalTo("KE")));
        search(Map.of("status", "CANCELLED")).body("permitId", hasItem(cancelled))
                .body("status", everyItem(equalTo("CANCELLED")));
        search(Map.of("size", 1, "page", 0)).body("$", hasSize(1));
        search(Map.of("size", 0)).statusCode(400).body("errors[0].field", equalTo("size"));
        search(Map.of("status", "LOST")).statusCode(400).body("errors[0].field", equalTo("status"));

        given().auth().oauth2(Tokens.maOfficer("NO")).queryParam("species", "panthera").get("/api/v1/permits")
                .then().statusCode(200).body("permitNumber", not(hasItem(lionNumber)));
    }

    @TestHTTPResource("/api/v1/permits")
    URI permits;

    /** A client that announces its body (Expect: 100-continue) is told 413 before it sends a byte of it. */
    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(permits).expectContinue(true)
                .header("Authorization", "Bearer " + Tokens.maOfficer("CH")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"specialConditions\":\"" + "x".repeat(9 * 1024 * 1024)
                        + "\"}")).build();

        HttpResponse<Void> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.discarding());

        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(413);
    }

    private static io.restassured.response.ValidatableResponse search(Map<String, Object> query) {
        return given().auth().oauth2(Tokens.maOfficer("CH")).queryParams(query).get("/api/v1/permits").then();
    }
}
