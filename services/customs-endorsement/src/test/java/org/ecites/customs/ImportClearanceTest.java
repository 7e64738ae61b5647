package org.ecites.customs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.ImportCleared;
import org.ecites.events.PermitCancelled;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitEndorsed;
import org.ecites.events.PermitReceived;
import org.ecites.events.QuantitiesConfirmed;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** The importing Party's customs clear what arrived; both Parties see permitted, exported and imported quantities. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ImportClearanceTest {

    @Test
    void whatLeftAndWhatArrivedAreSeenByBothPartiesWithTheirDiscrepancies() {
        PermitDocument permit = signed(PermitDocuments.export("CH", "NO"));
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON).body(Map.of(
                        "permitNumber", permit.permitNumber(), "port", "CHZRH",
                        "quantities", List.of(Map.of("itemId", "A", "quantity", 2), Map.of("itemId", "B", "quantity", 8.5))))
                .post("/api/v1/endorsements").then().statusCode(201);

        clear(permit, "NO", Map.of("itemId", "A", "quantity", 2), Map.of("itemId", "B", "quantity", 8))
                .statusCode(201).body("discrepancies", contains("block B: exported 8.5, imported 8"));

        for (String party : List.of("CH", "NO")) {
            given().auth().oauth2(Tokens.customsOfficer(party)).queryParam("issuer", "CH")
                    .get("/api/v1/consignments/" + permit.permitNumber()).then().statusCode(200)
                    .body("blocks.find { it.itemId == 'B' }.permitted", equalTo(10))
                    .body("blocks.find { it.itemId == 'B' }.exported", equalTo(8.5f))
                    .body("blocks.find { it.itemId == 'B' }.imported", equalTo(8.0f))
                    .body("exportPort", equalTo("CHZRH")).body("arrivalPort", equalTo("NOOSL"));
        }
        given().auth().oauth2(Tokens.customsOfficer("KE")).queryParam("issuer", "CH")
                .get("/api/v1/consignments/" + permit.permitNumber()).then().statusCode(404);

        var events = KafkaProbe.collect(EventType.IMPORT_CLEARED.topic(), r -> permit.permitNumber()
                .equals(KafkaProbe.header(r, "ce_subject")) && EventType.IMPORT_CLEARED.cloudEventType()
                .equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(30), Duration.ofSeconds(2));
        assertThat(events).hasSize(1);
        assertThat(KafkaProbe.header(events.get(0), "ce_tenant")).isEqualTo("NO");
        assertThat(EventJson.decode(events.get(0).value(), ImportCleared.class).discrepancies())
                .containsExactly("block B: exported 8.5, imported 8");

        clear(permit, "NO", Map.of("itemId", "A", "quantity", 2)).statusCode(409)
                .body("detail", containsString("is used"));
    }

    @Test
    void quantitiesAPartnerSystemConfirmedAreTheClearanceOfANonHostedImporterOnce() {
        PermitDocument permit = signed(PermitDocuments.export("CH", "FR"));
        QuantitiesConfirmed confirmed = new QuantitiesConfirmed(permit, "FR", "fr-epix", Instant.now(),
                List.of(new QuantitiesConfirmed.ConfirmedQuantity("A", new BigDecimal("2")),
                        new QuantitiesConfirmed.ConfirmedQuantity("B", new BigDecimal("9"))));
        KafkaProbe.publish(UUID.randomUUID(), "FR", confirmed);
        KafkaProbe.publish(UUID.randomUUID(), "FR", confirmed);

        var events = KafkaProbe.collect(EventType.IMPORT_CLEARED.topic(), r -> permit.permitNumber()
                .equals(KafkaProbe.header(r, "ce_subject")), Duration.ofSeconds(30), Duration.ofSeconds(3));
        assertThat(events).as("one clearance however often the confirmation arrives").hasSize(1);
        ImportCleared cleared = EventJson.decode(events.get(0).value(), ImportCleared.class);
        assertThat(cleared.port()).isNull();
        assertThat(cleared.officer()).isEqualTo("partner system fr-epix");
        assertThat(cleared.discrepancies()).containsExactly("imported without an export endorsement");
        given().auth().oauth2(Tokens.customsOfficer("CH")).queryParam("issuer", "CH")
                .get("/api/v1/consignments/" + permit.permitNumber()).then().statusCode(200)
                .body("blocks.find { it.itemId == 'B' }.imported", equalTo(9.0f));
    }

    @Test
    void aDocumentAPartnerSystemSentIsFoundAndClearedByTheImportingCustomsAgainstItsBox14() {
        PermitDocument permit = PermitDocuments.export("IT", "NO");
        PermitReceived asIssued = PermitReceived.fromPartner(permit, UUID.randomUUID(), Instant.now(), "it-national", null);
        PermitReceived asUsed = PermitReceived.fromPartner(permit, UUID.randomUUID(), Instant.now(), "it-national",
                new PermitReceived.ExportEndorsement(LocalDate.now(ZoneOffset.UTC).minusDays(2), "ITMXP", null,
                        "IT-26-EX-9", "AWB 055-1234", List.of(new PermitEndorsed.EndorsedQuantity("A", new BigDecimal("2")))));
        KafkaProbe.publish(UUID.randomUUID(), "IT", asIssued);
        KafkaProbe.publish(UUID.randomUUID(), "IT", asUsed);
        KafkaProbe.publish(UUID.randomUUID(), "IT", asUsed);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.customsOfficer("NO"))
                .queryParam("issuer", "IT").get("/api/v1/consignments/" + permit.permitNumber()).then().statusCode(200)
                .body("exportPort", equalTo("ITMXP")).body("blocks.find { it.itemId == 'A' }.exported", equalTo(2.0f)));
        clear(permit, "NO", Map.of("itemId", "A", "quantity", 1.5)).statusCode(201)
                .body("discrepancies", contains("block A: exported 2, imported 1.5"));
        assertThat(RealInfrastructure.queryAsOwner("select count(*) from endorsement where permit_id = ?",
                permit.permitId())).as("box 14 made abroad, recorded once").isEqualTo(1L);
        given().auth().oauth2(Tokens.customsOfficer("CH")).queryParam("issuer", "IT")
                .get("/api/v1/consignments/" + permit.permitNumber()).then().statusCode(404);
    }

    @Test
    void goodsArrivingAtAnotherPartyAreFlaggedToBothPartiesOfTheTradeAndTheArrivalPartyLearnsNoMore() {
        PermitDocument permit = signed(PermitDocuments.export("CH", "NO"));
        String seal = PermitDocuments.signed(permit).seal();

        given().auth().oauth2(Tokens.customsOfficer("KE")).contentType(ContentType.JSON)
                .body(Map.of("seal", seal, "port", "KEMBA")).post("/api/v1/misdirected-arrivals").then().statusCode(201)
                .body("permitNumber", equalTo(permit.permitNumber())).body("importerParty", equalTo("NO"))
                .body("discrepancy", containsString("arrived at KE (KEMBA)"));
        given().auth().oauth2(Tokens.customsOfficer("KE")).contentType(ContentType.JSON)
                .body(Map.of("seal", seal, "port", "KEMBA")).post("/api/v1/misdirected-arrivals").then().statusCode(201);
        given().auth().oauth2(Tokens.customsOfficer("KE")).contentType(ContentType.JSON)
                .body(Map.of("seal", seal + "X", "port", "KEMBA")).post("/api/v1/misdirected-arrivals").then()
                .statusCode(404);
        given().auth().oauth2(Tokens.customsOfficer("NO")).contentType(ContentType.JSON)
                .body(Map.of("seal", seal, "port", "NOOSL")).post("/api/v1/misdirected-arrivals").then().statusCode(409);
        given().auth().oauth2(Tokens.customsOfficer("KE")).contentType(ContentType.JSON)
                .body(Map.of("seal", seal, "port", "Mombasa")).post("/api/v1/misdirected-arrivals").then()
                .statusCode(400).body("errors[0].field", containsString("port"));

        for (String party : List.of("CH", "NO")) {
            given().auth().oauth2(Tokens.maOfficer(party)).queryParam("issuer", "CH")
                    .get("/api/v1/consignments/" + permit.permitNumber()).then().statusCode(200)
                    .body("discrepancies", contains(startsWith("arrived at KE (KEMBA) on ")));
        }
        given().auth().oauth2(Tokens.customsOfficer("KE")).queryParam("issuer", "CH")
                .get("/api/v1/consignments/" + permit.permitNumber()).then().statusCode(404);
        assertThat(RealInfrastructure.queryAsOwner("select count(*) from misdirected_arrival where permit_id = ?",
                permit.permitId())).as("the same arrival recorded twice is one").isEqualTo(1L);
    }

    @Test
    void anImportWithoutExportEndorsementOrAboveThePermitIsClearedAndFlagged() {
        PermitDocument permit = signed(PermitDocuments.export("CH", "NO"));

        clear(permit, "NO", Map.of("itemId", "A", "quantity", 3)).statusCode(201)
                .body("discrepancies", hasItem("imported without an export endorsement"))
                .body("discrepancies", hasItem("block A: imported 3, permitted 2"));
    }

    @Test
    void anAppendixOneSpecimenNeedsTheImportPermitTheExportPermitQuotes() {
        PermitDocument permit = signed(PermitDocuments.appendixOneExport("CH", "NO", "NO26-000042"));
        Map<String, Object> wrong = clearance(permit, Map.of("itemId", "A", "quantity", 10));
        wrong.put("importPermitNumber", "NO26-000041");
        given().auth().oauth2(Tokens.customsOfficer("NO")).contentType(ContentType.JSON).body(wrong)
                .post("/api/v1/clearances").then().statusCode(400)
                .body("errors[0].field", equalTo("importPermitNumber"))
                .body("errors[0].message", containsString("NO26-000042"));

        wrong.put("importPermitNumber", "NO26-000042");
        given().auth().oauth2(Tokens.customsOfficer("NO")).contentType(ContentType.JSON).body(wrong)
                .post("/api/v1/clearances").then().statusCode(201);
    }

    @Test
    void onlyTheImportingPartysCustomsClearAValidDocumentAndBadInputWritesNothing() {
        PermitDocument permit = signed(PermitDocuments.export("CH", "NO"));
        clear(permit, "CH", Map.of("itemId", "A", "quantity", 1)).statusCode(404);
        clear(permit, "KE", Map.of("itemId", "A", "quantity", 1)).statusCode(404);
        given().auth().oauth2(Tokens.maOfficer("NO")).contentType(ContentType.JSON)
                .body(clearance(permit, Map.of("itemId", "A", "quantity", 1))).post("/api/v1/clearances")
                .then().statusCode(403);
        clear(permit, "NO", Map.of("itemId", "Z", "quantity", 1)).statusCode(400)
                .body("errors[0].field", equalTo("quantities[0].itemId"));
        clear(permit, "NO", Map.of("itemId", "B", "quantity", 1, "unit", "GRM")).statusCode(400)
                .body("errors[0].field", equalTo("quantities[0].unit"));
        clear(permit, "NO", Map.of("itemId", "A", "quantity", -1)).statusCode(400)
                .body("errors[0].field", containsString("quantity"));
        Map<String, Object> tomorrow = clearance(permit, Map.of("itemId", "A", "quantity", 1));
        tomorrow.put("arrivedOn", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        given().auth().oauth2(Tokens.customsOfficer("NO")).contentType(ContentType.JSON).body(tomorrow)
                .post("/api/v1/clearances").then().statusCode(400).body("errors[0].field", equalTo("arrivedOn"));
        assertThat(RealInfrastructure.queryAsOwner("select count(*) from clearance where permit_id = ?",
                permit.permitId())).isEqualTo(0L);

        KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitCancelled(permit, "issued in error", "ch-officer",
                java.time.Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.customsOfficer("NO"))
                .queryParam("issuer", "CH").get("/api/v1/consignments/" + permit.permitNumber()).then()
                .body("exportStatus", equalTo("WITHDRAWN")));
        clear(permit, "NO", Map.of("itemId", "A", "quantity", 1)).statusCode(409)
                .body("detail", containsString("cancelled or replaced"));
        given().auth().oauth2(Tokens.customsOfficer("NO")).queryParam("issuer", "CH")
                .get("/api/v1/consignments/" + permit.permitNumber()).then().statusCode(200)
                .body("arrivedOn", equalTo(null)).body("discrepancies", empty());
    }

    private static PermitDocument signed(PermitDocument permit) {
        KafkaProbe.publish(UUID.randomUUID(), permit.exporterParty(), PermitDocuments.signed(permit));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.customsOfficer(permit.importerParty()))
                .queryParam("issuer", permit.exporterParty()).get("/api/v1/consignments/" + permit.permitNumber())
                .statusCode() == 200);
        return permit;
    }

    @SafeVarargs
    private static ValidatableResponse clear(PermitDocument permit, String party, Map<String, Object>... quantities) {
        return given().auth().oauth2(Tokens.customsOfficer(party)).contentType(ContentType.JSON)
                .body(clearance(permit, quantities)).post("/api/v1/clearances").then();
    }

    @SafeVarargs
    private static Map<String, Object> clearance(PermitDocument permit, Map<String, Object>... quantities) {
        return new HashMap<>(Map.of("permitNumber", permit.permitNumber(), "issuingParty", permit.exporterParty(),
                "port", "NOOSL", "quantities", List.of(quantities)));
    }
}
