package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ecites.reference.CodeLists;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ChecklistRefreshTest {

    private static final Path SPECIES_PLUS = Path.of("src/test/resources/species-plus/taxon_concepts_page_43.json");

    @Test
    void theBundledChecklistIsTheFirstVersion() {
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reference/checklist")
                .then().statusCode(200).body("source", hasItem("bundled"))
                .body("summary[-1]", org.hamcrest.Matchers.matchesPattern("2\\d{4} taxa, \\d+ listing entries"));
    }

    @Test
    void aSpeciesPlusResponseChangesTheRulesWithoutARelease() throws Exception {
        String admin = Tokens.secretariat();
        byte[] response = Files.readAllBytes(SPECIES_PLUS);
        given().auth().oauth2(admin).contentType(ContentType.JSON).queryParam("version", "Species+ 2022-11-27")
                .body(response).post("/api/v1/reference/checklist/species-plus")
                .then().statusCode(201).body("source", equalTo("species-plus-api"))
                .body("loadedBy", equalTo("cites-secretariat"))
                .body("files.sha256", hasItem(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(response))));

        Map<String, Object> python = PermitRequests.crocodileExport("NO");
        PermitRequests.firstItem(python).putAll(Map.of("scientificName", "Python regius", "term", "LIV",
                "source", "C", "originCountry", "GH"));
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(python)
                .post("/api/v1/permits").then().statusCode(201);

        String uplisting = """
                {"taxon_concepts":[{"full_name":"Python regius","cites_listings":[
                  {"appendix":"I","effective_at":"%s","annotation":"test uplisting"}]}]}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).queryParam("version", "uplisting")
                .body(uplisting).post("/api/v1/reference/checklist/species-plus").then().statusCode(201);

        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(python)
                .post("/api/v1/permits").then().statusCode(400)
                .body("errors.find { it.rule == 'species-listed' }.field", equalTo("lineItems[0].appendix"));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reference/checklist")
                .then().body("version[0]", equalTo("uplisting")).body("version[1]", equalTo("Species+ 2022-11-27"))
                .body("loadedBy[0]", equalTo("cites-secretariat"));
    }

    @Test
    void aNewTermCodeCanBeUsedAndIsIssuedWithItsNameOnceAnAdministratorLoadsIt() {
        Map<String, Object> body = PermitRequests.crocodileExport("NO");
        PermitRequests.firstItem(body).put("term", "SKZ");
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/permits").then().statusCode(400).body("errors[0].rule", equalTo("codes-known"));

        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("version", "CoP20 terms", "files", Map.of(
                        "sapi_term_codes_utf8.csv", bundledWith("sapi_term_codes_utf8.csv",
                                "SKZ,skin pieces (new),morceaux de peau,trozos de piel"),
                        "sapi_term_unit_pairs_utf8.csv", bundledWith("sapi_term_unit_pairs_utf8.csv", "SKZ,"),
                        "sapi_term_purpose_pairs_utf8.csv", bundledWith("sapi_term_purpose_pairs_utf8.csv", "SKZ,T"))))
                .put("/api/v1/reference/code-lists").then().statusCode(201).body("source", equalTo("csv-upload"));

        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/permits").then().statusCode(201)
                .body("codeNames.terms.SKZ.french", equalTo("morceaux de peau"))
                .body("codeNames.countries.NO.english", equalTo("Norway"));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reference/code-lists")
                .then().body("version[0]", equalTo("CoP20 terms")).body("source[1]", equalTo("bundled"));
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON)
                .body(Map.of("version", "bad", "files", Map.of("terms.csv", "x")))
                .put("/api/v1/reference/code-lists").then().statusCode(400)
                .body("errors[0].field", equalTo("files.terms.csv"));
    }

    @Test
    void aPartysAdministratorCannotRewriteTheChecklistEveryPartyIsCheckedAgainst() {
        String overlay = """
                {"taxon_concepts":[{"full_name":"Crocodylus niloticus","cites_listings":[
                  {"appendix":"III","effective_at":"2020-01-01","annotation":"forged"}]}]}""";
        int versions = given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/reference/checklist")
                .then().extract().path("size()");

        given().auth().oauth2(Tokens.maAdmin("CH")).contentType(ContentType.JSON).queryParam("version", "forged")
                .body(overlay).post("/api/v1/reference/checklist/species-plus")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.maAdmin("CH")).contentType(ContentType.JSON)
                .body(Map.of("version", "forged", "files", Map.of("sapi_term_codes_utf8.csv", "SKZ,x,x,x")))
                .put("/api/v1/reference/code-lists").then().statusCode(403);

        Map<String, Object> appendixThree = PermitRequests.crocodileExport("CH");
        PermitRequests.firstItem(appendixThree).put("appendix", "III");
        given().auth().oauth2(Tokens.maOfficer("NO")).contentType(ContentType.JSON).body(appendixThree)
                .post("/api/v1/permits").then().statusCode(400)
                .body("errors.find { it.rule == 'species-listed' }.field", equalTo("lineItems[0].appendix"));
        given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/reference/checklist")
                .then().body("size()", equalTo(versions));
    }

    /** A bundled code-list file with one more line: the new version keeps every code the other tests use. */
    private static String bundledWith(String file, String line) {
        String bundled = new String(CodeLists.bundledFile(file), StandardCharsets.UTF_8);
        return bundled.stripTrailing() + "\n" + line + "\n";
    }

    @Test
    void aMalformedUploadIsRefusedAndTheVersionInForceStays() {
        var upload = Map.of("version", "CoP20", "kingdoms", Map.of("Animalia", Map.of(
                "taxa", "Scientific name,Rank,RecID,ParentRank,ParentRecID,Status\nTestgenus,Genus,1,,,A\n",
                "legislation", "rank_name,rec_id,listing,effective_from,party_iso2,populations_iso2,"
                        + "EXCLUDEDpopulations_iso,short_note_en\nGENUS,1,II,2000-01-01,,,,\n")));
        int versions = given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reference/checklist")
                .then().extract().path("size()");

        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).body(upload)
                .put("/api/v1/reference/checklist")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kingdoms"));
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(upload)
                .put("/api/v1/reference/checklist").then().statusCode(403);
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reference/checklist")
                .then().body("size()", equalTo(versions));
    }

}
