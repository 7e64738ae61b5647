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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecites.reference.SapiSuspensions;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The suspensions of the Species+ export bundled with the release, as the registry applies them. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class SpeciesPlusSuspensionsTest {

    private static final String SECRETARIAT = Tokens.token("secretariat", "CH", "secretariat");

    @Test
    void aGenusSuspensionStopsItsSpeciesButNotThoseItExcepts() {
        export("MG", "Calumma cucullatum", "T").statusCode(400)
                .body("errors[0].rule", equalTo("trade-suspension"))
                .body("errors[0].message", containsString("Calumma from MG is suspended since Notification"));
        export("MG", "Calumma parsonii", "T").statusCode(201);
    }

    @Test
    void aCommercialTradeSuspensionStopsOnlyCommercialExports() {
        export("SO", "Crocodylus niloticus", "T").statusCode(400)
                .body("errors.rule", hasItem("trade-suspension"));
        export("SO", "Crocodylus niloticus", "S").statusCode(201);
    }

    @Test
    void aNewerExportReplacesTheLoadedSuspensionsAndLeavesTheRecordedOnes() {
        String export = """
                IsCurrent,Kingdom,Rank,RecID,ISO code,StartNotificationID,EndNotificationID,Notes,ExcludedTaxa
                1,Animalia,SPECIES,5664,GH,99,,All exports.,
                0,Animalia,SPECIES,5664,TG,98,99,All exports.,
                """;
        try {
            given().auth().oauth2(Tokens.maOfficer("GH")).contentType("text/csv").body(export)
                    .post("/api/v1/reference/suspension-imports?version=test").then().statusCode(403);
            load(export, "test").body("summary", equalTo("1 suspensions in force (1 applied by the rules), 0 rows skipped"));

            export("GH", "Crocodylus niloticus", "T").statusCode(400).body("errors[0].rule", equalTo("trade-suspension"));
            export("MG", "Calumma cucullatum", "T").statusCode(201);
            given().auth().oauth2(Tokens.maOfficer("GH")).get("/api/v1/reference/suspensions?party=GH").then()
                    .statusCode(200).body("[0].scientificName", equalTo("Crocodylus niloticus"))
                    .body("[0].imported", equalTo(true)).body("[0].scope", equalTo("ALL_EXPORTS"));
            load("nonsense", "bad").statusCode(400).contentType("application/problem+json");
        } finally {
            load(new String(SapiSuspensions.bundledFile(), java.nio.charset.StandardCharsets.UTF_8), "bundled again")
                    .statusCode(201);
        }
    }

    private static ValidatableResponse load(String csv, String version) {
        return given().auth().oauth2(SECRETARIAT).contentType("text/csv").body(csv)
                .post("/api/v1/reference/suspension-imports?version=" + version.replace(' ', '-')).then();
    }

    private static ValidatableResponse export(String party, String species, String purpose) {
        Map<String, Object> body = PermitRequests.crocodileExport("NO");
        body.put("purpose", purpose);
        body.put("lineItems", new ArrayList<>(List.of(PermitRequests.item(species, "II", "W", "SKI", 2, null))));
        return given().auth().oauth2(Tokens.maOfficer(party)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/permits").then();
    }
}
