package org.ecites.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PermitIssued;
import org.ecites.platform.outbox.OutboxEvent;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.registry.repository.Permit;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class IssuePermitTest {

    @Test
    void issuesAnExportPermitAndPublishesPermitIssued() {
        String number = given().auth().oauth2(Tokens.maOfficer("CH"))
                .contentType(ContentType.JSON).body(PermitRequests.crocodileExport("NO"))
                .when().post("/api/v1/permits")
                .then().statusCode(201)
                .body("permitNumber", matchesPattern("CH\\d{2}-\\d{6}"))
                .body("exporterParty", equalTo("CH"))
                .body("status", equalTo("ISSUED"))
                .body("issuedBy", equalTo("ch-officer"))
                .body("lineItems[0].itemId", equalTo("A"))
                .body("exporter.country", equalTo("CH"))
                .body("importer.name", equalTo("Akvariet AS"))
                .body("validUntil", equalTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(6).toString()))
                .extract().path("permitNumber");

        given().auth().oauth2(Tokens.maOfficer("CH")).when().get("/api/v1/permits/" + number)
                .then().statusCode(200).body("lineItems[0].scientificName", equalTo("Crocodylus niloticus"));

        var record = KafkaProbe.await(EventType.PERMIT_ISSUED.topic(), r -> number.equals(KafkaProbe.header(r, "ce_subject")),
                Duration.ofSeconds(30));
        PermitIssued issued = EventJson.decode(record.value(), PermitIssued.class);
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(EventType.PERMIT_ISSUED.cloudEventType());
        assertThat(KafkaProbe.header(record, "ce_tenant")).isEqualTo("CH");
        assertThat(record.key()).isEqualTo(issued.permitId().toString());
        assertThat(issued.permit().importerParty()).isEqualTo("NO");
        assertThat(issued.permit().issuingParty()).isEqualTo("CH");
    }

    @Test
    void anotherPartyCannotSeeThePermit() {
        String number = given().auth().oauth2(Tokens.maOfficer("CH"))
                .contentType(ContentType.JSON).body(PermitRequests.crocodileExport("NO"))
                .post("/api/v1/permits").then().statusCode(201).extract().path("permitNumber");

        given().auth().oauth2(Tokens.maOfficer("NO")).when().get("/api/v1/permits/" + number)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsEveryBrokenRuleWithItsFieldAndWritesNothing() {
        long permits = PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> Permit.count());
        long events = OutboxEvent.count();
        var body = PermitRequests.crocodileExport("CH");
        body.put("purpose", "K");
        PermitRequests.firstItem(body).put("source", "Q");
        PermitRequests.addItem(body, PermitRequests.item("Panthera leo", "I", "W", "LIV", 1, "CUM"));

        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/permits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("importer.country", "purpose", "lineItems[0].source",
                        "lineItems[1].unit", "lineItems[1].appendix", "importPermitNumber"))
                .body("errors.find { it.field == 'lineItems[1].unit' }.box", equalTo("11"))
                .body("errors.find { it.field == 'importPermitNumber' }.rule", equalTo("appendix-i-import-permit"));

        PermitRequests.firstItem(body).put("appendix", "IV");
        PermitRequests.firstItem(body).put("quantity", -1);
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/permits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("lineItems[0].appendix", "lineItems[0].quantity"));

        assertThat(PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> Permit.count())).isEqualTo(permits);
        assertThat(OutboxEvent.count()).isEqualTo(events);
    }

    @Test
    void malformedJsonAndWrongTypesAreProblemsNamingTheField() {
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body("{\"purpose\": ")
                .when().post("/api/v1/permits")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("$"));

        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON)
                .body("{\"documentType\":\"EXPORT\",\"purpose\":\"T\",\"lineItems\":"
                        + "[{\"scientificName\":\"Crocodylus niloticus\",\"appendix\":\"II\",\"source\":\"W\","
                        + "\"term\":\"LIV\",\"quantity\":\"many\"}]}")
                .when().post("/api/v1/permits")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("lineItems[0].quantity"));
    }

    @Test
    void onlyAnMaOfficerOfAPartyMayIssue() {
        var body = PermitRequests.crocodileExport("NO");
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/permits").then().statusCode(401);
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/permits").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.withoutParty("ma-officer")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/permits").then().statusCode(403).contentType("application/problem+json");
    }
}
