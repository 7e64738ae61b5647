package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
class QuotaAndSuspensionTest {

    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear();

    @Test
    void fiftyParallelExportsNeverTakeAQuotaBeyondItsTotal() throws Exception {
        setQuota("Acipenser baerii", "CAV", 20, "KIL");
        Map<String, Object> body = caviar("Acipenser baerii", 1, "KIL");
        String token = Tokens.maOfficer("CH");

        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Response> responses;
        try {
            List<Future<Response>> futures = pool.invokeAll(IntStream.range(0, 50).<java.util.concurrent.Callable<Response>>mapToObj(
                    i -> () -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                            .post("/api/v1/permits")).toList());
            responses = futures.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } finally {
            pool.shutdown();
        }

        List<Response> issued = responses.stream().filter(r -> r.statusCode() == 201).toList();
        assertThat(issued).hasSize(20);
        assertThat(responses.stream().filter(r -> r.statusCode() == 400)
                .map(r -> r.jsonPath().getString("errors[0].rule"))).hasSize(30).containsOnly("export-quota");
        assertThat(issued.stream().map(r -> r.jsonPath().getFloat("lineItems[0].quotaUsedToDate")))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 20).mapToObj(i -> (float) i).toList());
        assertThat(issued.get(0).jsonPath().getFloat("lineItems[0].annualQuota")).isEqualTo(20f);
        quotaUsed("Acipenser baerii").body("used[0]", equalTo(20f));

        Officers.act(issued.get(0).jsonPath().getString("permitId"), "cancel", Map.of("reason", "withdrawn"))
                .statusCode(200);
        quotaUsed("Acipenser baerii").body("used[0]", equalTo(19f));
    }

    @Test
    void aQuotaCountedInAnotherUnitIsAProblem() {
        setQuota("Acipenser ruthenus", "CAV", 100, "KIL");
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON)
                .body(caviar("Acipenser ruthenus", 500, "GRM")).post("/api/v1/permits")
                .then().statusCode(400).body("errors[0].rule", equalTo("export-quota"))
                .body("errors[0].field", equalTo("lineItems[0].unit"));
    }

    @Test
    void theSecretariatLoadsSpeciesPlusQuotasAndAGenusQuotaForSeveralTermsCountsAllItsSpecies() {
        String export = """
                Kingdom,RecId,Rank,ISO code,Quota,Unit,StartDate,EndDate,Year,Notes,Terms,Sources,QuoAdded,QuoDate,IsCurrent,PublicDisplay,Link
                Animalia,1205,Genus,SN,3,,,,%d,all crocodiles,"LIV, SKI",,,,1,1,
                Animalia,5664,Species,SN,-1,,,,%d,in preparation,,,,,1,1,
                """.formatted(YEAR, YEAR);
        String secretariat = Tokens.token("secretariat", "CH", "secretariat");
        given().auth().oauth2(Tokens.token("sn-admin", "SN", "ma-admin")).contentType("text/csv").body(export)
                .post("/api/v1/reference/quota-imports?version=test").then().statusCode(403);
        given().auth().oauth2(secretariat).contentType("text/csv").body(export)
                .post("/api/v1/reference/quota-imports?version=species-plus-" + YEAR).then().statusCode(201)
                .body("summary", equalTo("1 quotas, 1 rows skipped"));

        String senegal = Tokens.maOfficer("SN");
        given().auth().oauth2(senegal).contentType(ContentType.JSON).body(PermitRequests.crocodileExport("NO"))
                .post("/api/v1/permits").then().statusCode(201)
                .body("lineItems[0].annualQuota", equalTo(3f)).body("lineItems[0].quotaUsedToDate", equalTo(0f));
        given().auth().oauth2(senegal).contentType(ContentType.JSON).body(PermitRequests.crocodileExport("NO"))
                .post("/api/v1/permits").then().statusCode(400).body("errors[0].rule", equalTo("export-quota"));
        given().auth().oauth2(senegal).get("/api/v1/reference/quotas/" + YEAR).then().statusCode(200)
                .body("find { it.scientificName == 'Crocodylus' }.terms", equalTo(List.of("LIV", "SKI")))
                .body("find { it.scientificName == 'Crocodylus' }.used", equalTo(2f));
        given().auth().oauth2(secretariat).contentType("text/csv").body("a,b\n1,2\n")
                .post("/api/v1/reference/quota-imports?version=bad").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(secretariat).get("/api/v1/reference/quota-imports").then().statusCode(200)
                .body("[0].version", equalTo("species-plus-" + YEAR)).body("[-1].source", equalTo("bundled"));
    }

    @Test
    void aTradeSuspensionRefusesExportsOfItsSpeciesFromItsParty() {
        String species = "Acipenser gueldenstaedtii";
        given().auth().oauth2(Tokens.maOfficer("NO")).contentType(ContentType.JSON).body(caviar(species, 1, "KIL"))
                .post("/api/v1/permits").then().statusCode(201);
        var suspension = Map.of("party", "NO", "scientificName", species,
                "startsOn", LocalDate.now(ZoneOffset.UTC).toString(), "reference", "Notification No. 2026/042");
        given().auth().oauth2(Tokens.maOfficer("NO")).contentType(ContentType.JSON).body(suspension)
                .post("/api/v1/reference/suspensions").then().statusCode(403);
        given().auth().oauth2(Tokens.token("secretariat", "CH", "secretariat")).contentType(ContentType.JSON)
                .body(suspension).post("/api/v1/reference/suspensions").then().statusCode(201);

        given().auth().oauth2(Tokens.maOfficer("NO")).contentType(ContentType.JSON).body(caviar(species, 1, "KIL"))
                .post("/api/v1/permits").then().statusCode(400)
                .body("errors.rule", hasItem("trade-suspension")).body("errors[0].box", equalTo("7"));
        given().auth().oauth2(Tokens.maOfficer("NO")).contentType(ContentType.JSON)
                .body(caviar("Acipenser stellatus", 1, "KIL")).post("/api/v1/permits").then().statusCode(201);
    }

    private static Map<String, Object> caviar(String species, Number kilograms, String unit) {
        Map<String, Object> body = PermitRequests.crocodileExport("NO");
        body.put("importer", Map.of("name", "Delikatessen GmbH", "address", "Hauptstrasse 1, Berlin", "country", "DE"));
        body.put("lineItems", new java.util.ArrayList<>(List.of(
                PermitRequests.item(species, "II", "C", "CAV", kilograms, unit))));
        PermitRequests.firstItem(body).put("originCountry", "RU");
        return body;
    }

    private static void setQuota(String species, String term, int quantity, String unit) {
        given().auth().oauth2(Tokens.token("ch-admin", "CH", "ma-admin")).contentType(ContentType.JSON)
                .body(List.of(Map.of("scientificName", species, "terms", List.of(term), "quantity", quantity, "unit",
                        unit)))
                .put("/api/v1/reference/quotas/" + YEAR).then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse quotaUsed(String species) {
        return given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reference/quotas/" + YEAR)
                .then().statusCode(200).rootPath("findAll { it.scientificName == '" + species + "' }");
    }
}
