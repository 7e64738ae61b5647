package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.Map;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Box 7 as CITES applies the checklist, through the API on a real database. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ChecklistNamesTest {

    @Test
    void theGreenTurtleIsAnAppendixOneSpecies() {
        issue(block("Chelonia mydas", "II", "W", "SHE")).statusCode(400)
                .body("errors[0].message", containsString("is in Appendix I (listing of CHELONIIDAE"));
    }

    @Test
    void anOrchidATreeFernAndACactusTheChecklistDoesNotNameAreCoveredByTheirHigherTaxon() {
        issue(block("Bulbophyllum inventum", "II", "A", "LIV")).statusCode(201)
                .body("lineItems[0].scientificName", equalTo("Bulbophyllum inventum"))
                .body("lineItems[0].checklistName", equalTo("Bulbophyllum"))
                .body("lineItems[0].listingNote", containsString("covered by ORCHIDACEAE spp., Appendix II"));
        issue(block("Cyathea inventa", "II", "W", "LIV")).statusCode(201)
                .body("lineItems[0].listingNote", containsString("covered by Cyathea spp., Appendix II"));
        issue(block("Echinopsis inventa", "II", "A", "LIV")).statusCode(201)
                .body("lineItems[0].listingNote", containsString("covered by CACTACEAE spp., Appendix II"));
    }

    @Test
    void aSpeciesLeftOutOfItsGenusListingIsNotListed() {
        issue(block("Aloe vera", "II", "A", "LIV")).statusCode(400)
                .body("errors[0].message", containsString("is not listed in the CITES Appendices"))
                .body("errors[0].message", containsString("left out of the listing of Aloe"));
    }

    @Test
    void aMisspellingIsAnsweredWithTheClosestNamesAndNeverWithTheGenusWeakerListing() {
        issue(block("Crocodylus nilotikus", "II", "W", "SKI")).statusCode(400)
                .body("errors[0].field", equalTo("lineItems[0].scientificName"))
                .body("errors[0].message", containsString("did you mean Crocodylus niloticus"));

        Map<String, Object> tortoise = block("Testudo kleinmani", "II", "W", "LIV");
        issue(tortoise).statusCode(400).body("errors[0].message", containsString("Testudo kleinmanni (Appendix I)"))
                .body("errors[0].message", containsString("did you mean Testudo kleinmanni"));
        PermitRequests.firstItem(tortoise).put("confirmUnnamedSpecies", true);
        issue(tortoise).statusCode(201).body("lineItems[0].checklistName", equalTo("Testudo"));
    }

    @Test
    void aTermTheAnnotationExemptsIsAnsweredAsNotCoveredAndMayStillBeIssuedWithAReason() {
        Map<String, Object> cutFlowers = block("Bulbophyllum inventum", "II", "A", "FLO");
        issue(cutFlowers).statusCode(400).body("errors[0].rule", equalTo("annotation-coverage"))
                .body("errors[0].field", equalTo("lineItems[0].term"))
                .body("errors[0].message", containsString("is not covered by CITES (annotation CoP15 #4 exempts cut flowers"));

        PermitRequests.firstItem(cutFlowers).put("notCoveredReason", "the importing Party asks for a permit");
        issue(cutFlowers).statusCode(201).body("lineItems[0].listingNote",
                containsString("issued although its annotation leaves it outside CITES: the importing Party asks"));
        issue(block("Bulbophyllum inventum", "II", "W", "FLO")).statusCode(201);
    }

    @Test
    void aSplitListingFollowsTheCountryOfOrigin() {
        Map<String, Object> fromNigeria = block("Crocodylus niloticus", "II", "W", "SKI");
        PermitRequests.firstItem(fromNigeria).put("originCountry", "NG");
        issue(fromNigeria).statusCode(400).body("errors[0].message", containsString("is in Appendix I"));
        issue(block("Crocodylus niloticus", "II", "W", "SKI")).statusCode(201);
    }

    @Test
    void aHybridIsTreatedUnderItsStrictestParent() {
        issue(block("Falco rusticolus x Falco cherrug", "II", "C", "LIV")).statusCode(400)
                .body("errors[0].message", containsString("hybrid of Falco rusticolus (Appendix I)"));
        Map<String, Object> hybrid = block("Falco rusticolus x Falco cherrug", "I", "C", "LIV");
        hybrid.put("importPermitNumber", "NO26-000042");
        issue(hybrid).statusCode(201)
                .body("lineItems[0].listingNote", containsString("Res. Conf. 10.17"));
    }

    @Test
    void aScientificSampleKeepsSixDecimals() {
        Map<String, Object> sample = block("Crocodylus niloticus", "II", "W", "SPE");
        PermitRequests.firstItem(sample).putAll(Map.of("quantity", new BigDecimal("0.000002"), "unit", "GRM"));
        sample.put("purpose", "S");
        issue(sample).statusCode(201).body("lineItems[0].quantity", equalTo(0.000002f));
        PermitRequests.firstItem(sample).put("quantity", new BigDecimal("0.0000002"));
        issue(sample).statusCode(400).body("errors[0].field", equalTo("lineItems[0].quantity"));
    }

    @Test
    void aSynonymLoadedFromSpeciesPlusResolvesAndTheNamesAreSearchable() {
        String overlay = """
                {"taxon_concepts":[{"full_name":"Varanus niloticus","cites_listings":[{"appendix":"II","effective_at":"1975-07-01"}],
                  "synonyms":[{"full_name":"Lacerta nilotica"}],
                  "common_names":[{"name":"Nile Monitor","language":"EN"},{"name":"Varan du Nil","language":"FR"}]}]}""";
        given().auth().oauth2(Tokens.secretariat()).contentType(ContentType.JSON).queryParam("version", "synonyms")
                .body(overlay).post("/api/v1/reference/checklist/species-plus").then().statusCode(201);

        issue(block("Lacerta nilotica", "II", "W", "SKI")).statusCode(201)
                .body("lineItems[0].scientificName", equalTo("Lacerta nilotica"))
                .body("lineItems[0].checklistName", equalTo("Varanus niloticus"))
                .body("lineItems[0].listingNote", equalTo("synonym of Varanus niloticus"));
        search("nile mon").body("acceptedName", hasItem("Varanus niloticus")).body("[0].language", equalTo("EN"));
        search("lacerta nil").body("[0].kind", equalTo("SYNONYM"));
    }

    @Test
    void typeAheadFindsAcceptedNamesAndRefusesAnEmptyQuery() {
        search("chelonia my").body("name", hasItem("Chelonia mydas"));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reference/taxa").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.maOfficer("CH")).queryParam("q", "ch").queryParam("limit", 51)
                .get("/api/v1/reference/taxa").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    private static ValidatableResponse search(String query) {
        return given().auth().oauth2(Tokens.maOfficer("CH")).queryParam("q", query).get("/api/v1/reference/taxa")
                .then().statusCode(200);
    }

    private static Map<String, Object> block(String species, String appendix, String source, String term) {
        Map<String, Object> body = PermitRequests.crocodileExport("NO");
        PermitRequests.firstItem(body).putAll(Map.of("scientificName", species, "appendix", appendix, "source", source,
                "term", term));
        return body;
    }

    private static ValidatableResponse issue(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/permits").then().log().ifValidationFails();
    }
}
