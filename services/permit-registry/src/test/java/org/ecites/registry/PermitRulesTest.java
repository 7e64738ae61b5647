package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule matrix: for every rule, a document that keeps it is issued and one that breaks it is refused by name. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PermitRulesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("codes-known", "lineItems[0].term", b -> {}, b -> item(b).put("term", "XYZ")),
                rule("code-pairs-allowed", "lineItems[0].unit", b -> item(b).put("unit", "KIL"),
                        b -> item(b).put("unit", "CUM")),
                rule("parties-consistent", "exporter.country", b -> exporter(b).put("country", "CH"),
                        b -> exporter(b).put("country", "FR")),
                rule("parties-consistent", "importer.country", b -> {}, b -> importer(b).remove("country")),
                rule("validity-period", "validUntil", b -> b.put("validUntil", TODAY.plusMonths(6).toString()),
                        b -> b.put("validUntil", TODAY.plusMonths(6).plusDays(1).toString())),
                rule("validity-period", "validUntil", b -> {
                    b.put("documentType", "OWNERSHIP");
                    b.put("validUntil", TODAY.plusYears(3).toString());
                }, b -> {
                    b.put("documentType", "OWNERSHIP");
                    b.put("validUntil", TODAY.plusYears(3).plusDays(1).toString());
                }),
                rule("appendix-i-import-permit", "importPermitNumber", b -> {
                    elephants(b);
                    b.put("importPermitNumber", "NO-IMP-2026-0007");
                }, PermitRulesTest::elephants),
                rule("species-listed", "lineItems[0].appendix", b -> {}, b -> item(b).put("originCountry", "NG")),
                rule("species-listed", "lineItems[0].scientificName", b -> {},
                        b -> item(b).put("scientificName", "Dodo ineptus")),
                rule("re-export-origin", "lineItems[0].originPermitNumber", b -> {
                    b.put("documentType", "RE_EXPORT");
                    item(b).put("originCountry", "TZ");
                    item(b).put("originPermitNumber", "TZ-24-0099");
                }, b -> {
                    b.put("documentType", "RE_EXPORT");
                    item(b).put("originCountry", "TZ");
                }),
                rule("scientific-and-legal-findings", "lineItems[0].nonDetrimentFinding", b -> {},
                        b -> item(b).remove("nonDetrimentFinding")),
                rule("consistent-units", "lineItems[1].unit", b -> PermitRequests.addItem(b,
                                PermitRequests.item("Crocodylus niloticus", "II", "W", "SKI", 3, null)),
                        b -> PermitRequests.addItem(b,
                                PermitRequests.item("Crocodylus niloticus", "II", "W", "SKI", 3, "SQM"))),
                rule("pre-convention-acquisition", "lineItems[0].acquisitionDate", b -> {
                    b.put("documentType", "PRE_CONVENTION");
                    item(b).put("acquisitionDate", "1970-05-01");
                }, b -> b.put("documentType", "PRE_CONVENTION")),
                rule("parties-consistent", "importer.country", b -> {
                    b.put("documentType", "IMPORT");
                    exporter(b).put("country", "TZ");
                    importer(b).remove("country");
                }, b -> {
                    b.put("documentType", "IMPORT");
                    exporter(b).put("country", "TZ");
                }));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("rules")
    void aDocumentThatKeepsTheRuleIsIssuedAndOneThatBreaksItIsRefused(String rule, String field,
            Consumer<Map<String, Object>> keep, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> valid = PermitRequests.crocodileExport("NO");
        keep.accept(valid);
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(valid)
                .when().post("/api/v1/permits").then().statusCode(201);

        Map<String, Object> invalid = PermitRequests.crocodileExport("NO");
        breakIt.accept(invalid);
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(invalid)
                .when().post("/api/v1/permits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.rule", hasItem(rule))
                .body("errors.field", hasItem(field))
                .body("errors.box", everyItem(org.hamcrest.Matchers.notNullValue()));
    }

    private static Arguments rule(String rule, String field, Consumer<Map<String, Object>> keep,
            Consumer<Map<String, Object>> breakIt) {
        return Arguments.of(rule, field, keep, breakIt);
    }

    /** An Appendix I export, for scientific purposes. */
    private static void elephants(Map<String, Object> body) {
        body.put("purpose", "S");
        body.put("lineItems", new java.util.ArrayList<>(List.of(PermitRequests.elephantSpecimens())));
    }

    private static Map<String, Object> item(Map<String, Object> body) {
        return PermitRequests.firstItem(body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> exporter(Map<String, Object> body) {
        return (Map<String, Object>) body.get("exporter");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> importer(Map<String, Object> body) {
        return (Map<String, Object>) body.get("importer");
    }
}
