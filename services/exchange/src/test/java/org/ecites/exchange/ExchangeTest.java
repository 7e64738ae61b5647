package org.ecites.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitReceived;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.PartnerTls;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerTls.class)
class ExchangeTest {

    @BeforeAll
    static void switzerlandAndNorwayAreHosted() {
        HostedParties.onboard("CH", "NO");
    }

    @Test
    void aPermitForAHostedPartyLandsInItsInboxOnce() {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        UUID eventId = UUID.randomUUID();
        KafkaProbe.publish(eventId, "CH", PermitDocuments.signed(permit));
        KafkaProbe.publish(eventId, "CH", PermitDocuments.signed(permit));

        var received = KafkaProbe.collect(EventType.PERMIT_RECEIVED.topic(), r -> permit.permitNumber()
                .equals(KafkaProbe.header(r, "ce_subject")) && EventType.PERMIT_RECEIVED.cloudEventType()
                .equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(30), Duration.ofSeconds(3));
        assertThat(received).hasSize(1);
        assertThat(KafkaProbe.header(received.get(0), "ce_tenant")).as("the sender's document, so the sender's event").isEqualTo("CH");
        assertThat(EventJson.decode(received.get(0).value(), PermitReceived.class).importerParty()).isEqualTo("NO");

        List<String> inbox = given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/inbox")
                .then().statusCode(200).extract().path("permitNumber");
        assertThat(inbox).containsOnlyOnce(permit.permitNumber());
        given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/inbox")
                .then().body("find { it.permitNumber == '" + permit.permitNumber() + "' }.permit.lineItems[1].term",
                        equalTo("CAV"));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/inbox")
                .then().statusCode(200).body("permitNumber", not(hasItem(permit.permitNumber())));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/deliveries")
                .then().statusCode(200).body("find { it.permitNumber == '" + permit.permitNumber() + "' }.status",
                        equalTo("DELIVERED"));
    }

    @Test
    void aPermitForAPartyWithoutPartnerWaitsToBePulled() {
        PermitDocument permit = PermitDocuments.export("CH", "KE");
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));

        awaitDelivery(permit, "PENDING_DELIVERY");
        String id = given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/deliveries").then()
                .body("find { it.permitNumber == '" + permit.permitNumber() + "' }.route", equalTo("PULL"))
                .extract().path("find { it.permitNumber == '" + permit.permitNumber() + "' }.id");
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/deliveries/" + id).then().statusCode(200)
                .body("history[0].status", equalTo("PENDING_DELIVERY")).body("history[0].detail", equalTo("PULL"));
        given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/deliveries/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theExchangeLearnsFromTheRegistrysEventsWhichPartiesItHosts() {
        PermitDocument before = PermitDocuments.export("CH", "GH");
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(before));
        awaitDelivery(before, "PENDING_DELIVERY");

        HostedParties.onboard("GH");
        PermitDocument whileHosted = PermitDocuments.export("CH", "GH");
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(whileHosted));
        awaitDelivery(whileHosted, "DELIVERED");
        given().auth().oauth2(Tokens.maOfficer("GH")).get("/api/v1/inbox")
                .then().statusCode(200).body("permitNumber", hasItem(whileHosted.permitNumber()));

        HostedParties.offboard("GH");
        PermitDocument after = PermitDocuments.export("CH", "GH");
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(after));
        awaitDelivery(after, "PENDING_DELIVERY");
        given().auth().oauth2(Tokens.maOfficer("GH")).get("/api/v1/inbox").then().statusCode(200)
                .body("permitNumber", hasItem(whileHosted.permitNumber()))
                .body("permitNumber", not(hasItem(after.permitNumber())));
    }

    private static void awaitDelivery(PermitDocument permit, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.maOfficer("CH"))
                .get("/api/v1/deliveries").then().statusCode(200)
                .body("find { it.permitNumber == '" + permit.permitNumber() + "' }.status", equalTo(status)));
    }

    @Test
    void theInboxNeedsAnOfficerAndValidPaging() {
        given().get("/api/v1/inbox").then().statusCode(401);
        given().auth().oauth2(Tokens.applicant("NO")).get("/api/v1/inbox")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.maOfficer("NO")).queryParam("size", 0).get("/api/v1/inbox")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().auth().oauth2(Tokens.maOfficer("NO")).queryParam("page", 4294968).queryParam("size", 500)
                .get("/api/v1/inbox").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().auth().oauth2(Tokens.maOfficer("CH")).queryParam("page", 4294968).queryParam("size", 500)
                .get("/api/v1/deliveries").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
