package org.ecites.customs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.ecites.customs.repository.Endorsement;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitCancelled;
import org.ecites.events.PermitEndorsed;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class EndorsementTest {

    @Test
    void customsEndorsesWhatLeftAndTheExporterLearnsIt() {
        PermitDocument permit = signedPermit("CH", "NO");

        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON)
                .body(endorsement(permit, "A", 1, "B", 9.5))
                .when().post("/api/v1/endorsements")
                .then().statusCode(201).body("officer", equalTo("ch-customs")).body("port", equalTo("CHGVA"));

        var record = KafkaProbe.await(EventType.PERMIT_ENDORSED.topic(), r -> permit.permitNumber().equals(
                KafkaProbe.header(r, "ce_subject")) && EventType.PERMIT_ENDORSED.cloudEventType().equals(
                KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(30));
        PermitEndorsed endorsed = EventJson.decode(record.value(), PermitEndorsed.class);
        assertThat(endorsed.quantities()).extracting(PermitEndorsed.EndorsedQuantity::quantity)
                .containsExactly(new BigDecimal("1"), new BigDecimal("9.5"));
        assertThat(endorsed.permit()).isEqualTo(permit);
    }

    @Test
    void neverMoreThanThePermitAllowsAndNothingWritten() {
        PermitDocument permit = signedPermit("CH", "NO");
        long before = Endorsement.count();

        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON)
                .body(endorsement(permit, "A", 3, "C", 1))
                .when().post("/api/v1/endorsements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("quantities[0].quantity", "quantities[1].itemId"));

        assertThat(Endorsement.count()).isEqualTo(before);
    }

    @Test
    void aPermitIsEndorsedOnceWhenAHundredOfficersRace() {
        PermitDocument permit = signedPermit("CH", "NO");
        String token = Tokens.customsOfficer("CH");
        ExecutorService officers = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = IntStream.range(0, 100).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            waitFor(start);
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(endorsement(permit, "A", 2, "B", 10))
                    .post("/api/v1/endorsements").statusCode();
        }, officers)).toList();
        start.countDown();
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();
        officers.shutdown();

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(RealInfrastructure.queryAsOwner("select count(*) from endorsement where permit_id = ?",
                permit.permitId())).isEqualTo(1L);
        assertThat(RealInfrastructure.queryAsOwner("select sum(q.quantity) from endorsed_quantity q join endorsement e"
                + " on e.id = q.endorsement_id where e.permit_id = ? and q.item_id = 'B'", permit.permitId()))
                .isEqualTo(new BigDecimal("10.000000"));
    }

    @Test
    void customsFindsTheDocumentByItsSealOrNumberAndRecordsTheDeclarationAndTheDayItLeft() {
        PermitDocument permit = signedPermit("CH", "NO");
        String seal = PermitDocuments.signed(permit).seal();
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON).body(Map.of("seal", seal))
                .post("/api/v1/endorsable-permits/lookup").then().statusCode(200)
                .body("permitNumber", equalTo(permit.permitNumber())).body("status", equalTo("OPEN"));
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON)
                .body(Map.of("seal", seal + "X")).post("/api/v1/endorsable-permits/lookup").then().statusCode(404);
        given().auth().oauth2(Tokens.customsOfficer("NO")).contentType(ContentType.JSON).body(Map.of("seal", seal))
                .post("/api/v1/endorsable-permits/lookup").then().statusCode(404);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> endorsement = new HashMap<>(endorsement(permit, "A", 2, "B", 8.5));
        endorsement.putAll(Map.of("customsDeclaration", "CH-26-ZRH-000123", "exportedOn", today.minusDays(1).toString()));
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON).body(endorsement)
                .post("/api/v1/endorsements").then().statusCode(409)
                .body("detail", containsString("is valid from " + permit.validFrom()));
        endorsement.put("exportedOn", today.toString());
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON).body(endorsement)
                .post("/api/v1/endorsements").then().statusCode(201)
                .body("customsDeclaration", equalTo("CH-26-ZRH-000123")).body("endorsedOn", equalTo(today.toString()));
        given().auth().oauth2(Tokens.customsOfficer("CH")).get("/api/v1/endorsable-permits/" + permit.permitNumber())
                .then().statusCode(200).body("status", equalTo("ENDORSED"));
    }

    @Test
    void aQuantityInAnotherUnitOrADayInTheFutureIsRefusedAndNothingWritten() {
        PermitDocument permit = signedPermit("CH", "NO");
        long before = Endorsement.count();
        Map<String, Object> wrongUnit = Map.of("permitNumber", permit.permitNumber(), "port", "CHGVA",
                "quantities", List.of(Map.of("itemId", "B", "quantity", 5, "unit", "GRM")));
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON).body(wrongUnit)
                .post("/api/v1/endorsements").then().statusCode(400)
                .body("errors[0].field", equalTo("quantities[0].unit"))
                .body("errors[0].message", containsString("permitted in KIL, not GRM"));
        Map<String, Object> tomorrow = new HashMap<>(endorsement(permit, "A", 1, "B", 1));
        tomorrow.put("exportedOn", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString());
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON).body(tomorrow)
                .post("/api/v1/endorsements").then().statusCode(400).body("errors[0].field", equalTo("exportedOn"));
        Map<String, Object> oversized = new HashMap<>(endorsement(permit, "A", 1, "B", 1));
        oversized.put("customsDeclaration", "X".repeat(65));
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON).body(oversized)
                .post("/api/v1/endorsements").then().statusCode(400).body("errors[0].field", equalTo("customsDeclaration"));

        assertThat(Endorsement.count()).isEqualTo(before);
    }

    private static void waitFor(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPermitTheIssuingPartyCancelledCannotBeUsed() {
        PermitDocument permit = signedPermit("CH", "NO");
        KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitCancelled(permit, "issued in error", "ch-officer",
                java.time.Instant.now()));

        // probed with unknown blocks, so that no probe can be endorsed before the cancellation arrives
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.customsOfficer("CH"))
                .contentType(ContentType.JSON).body(endorsement(permit, "Z", 1, "Y", 1)).post("/api/v1/endorsements")
                .statusCode() == 409);
        given().auth().oauth2(Tokens.customsOfficer("CH")).contentType(ContentType.JSON)
                .body(endorsement(permit, "A", 1, "B", 1)).post("/api/v1/endorsements")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("cancelled"));
    }

    @Test
    void onlyTheExportingPartysCustomsMayEndorse() {
        PermitDocument permit = signedPermit("CH", "NO");
        given().auth().oauth2(Tokens.customsOfficer("NO")).contentType(ContentType.JSON)
                .body(endorsement(permit, "A", 1, "B", 1)).post("/api/v1/endorsements")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON)
                .body(endorsement(permit, "A", 1, "B", 1)).post("/api/v1/endorsements")
                .then().statusCode(403);
    }

    private static PermitDocument signedPermit(String exporter, String importer) {
        PermitDocument permit = PermitDocuments.export(exporter, importer);
        UUID eventId = UUID.randomUUID();
        KafkaProbe.publish(eventId, exporter, PermitDocuments.signed(permit));
        KafkaProbe.publish(eventId, exporter, PermitDocuments.signed(permit));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.customsOfficer(exporter))
                .contentType(ContentType.JSON).body(endorsement(permit, "Z", 1, "Y", 1))
                .post("/api/v1/endorsements").statusCode() == 400);
        return permit;
    }

    private static Map<String, Object> endorsement(PermitDocument permit, String item1, Number quantity1,
            String item2, Number quantity2) {
        return Map.of("permitNumber", permit.permitNumber(), "port", "CHGVA", "transportDocument", "724-12345675",
                "quantities", List.of(Map.of("itemId", item1, "quantity", quantity1),
                        Map.of("itemId", item2, "quantity", quantity2)));
    }
}
