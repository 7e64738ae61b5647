package org.ecites.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.ImportCleared;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitReceived;
import org.ecites.infrastructure.TlsMaterial;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PartnerTls;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.ecites.xml.PermitMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documents of Parties not hosted here, cleared by Norway's customs: used in Norway's inbox, and what arrived
 * goes back to the issuing Party's system once, as JSON to a REST partner and as its own ConfirmQuantities
 * (SOAP) to an EPIX one.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerTls.class)
class ForeignDocumentClearanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TlsMaterial.Identity PORTUGUESE_SIGNER = TlsMaterial.selfSigned("CN=CITES signer,C=PT");
    private static final TlsMaterial.Identity SPANISH_SIGNER = TlsMaterial.selfSigned("CN=CITES signer,C=ES");

    @BeforeAll
    static void norwayIsHosted() {
        HostedParties.onboard("CH", "NO");
    }

    @Test
    void aRestPartnersDocumentAsUsedCarriesBox14AndGetsTheInspectedQuantitiesBackOnce() throws Exception {
        try (PartnerEndpoint portugal = PartnerEndpoint.failingFirst(0)) {
            SSLContext tls = EpixClients.registeredWithSigner("pt-national", "CN=Portuguese CITES system,C=PT", "REST",
                    portugal.url(), PORTUGUESE_SIGNER.certificatePem(), "PT").sslContext();
            PermitDocument permit = PermitDocuments.export("PT", "NO");
            LocalDate exportedOn = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            PermitMessage used = new PermitMessage(permit, new PermitMessage.Examination(exportedOn, "PTLIS",
                    "pt-customs", "PT-26-EX-1", "AWB 047-11112222",
                    List.of(new PermitMessage.BlockQuantity("A", new BigDecimal("2")))), null);
            assertThat(EpixClients.pushDocument(tls, EpixClients.signedBy(PORTUGUESE_SIGNER, used)).statusCode()).isEqualTo(201);

            PermitReceived received = EventJson.decode(KafkaProbe.await(EventType.PERMIT_RECEIVED.topic(),
                    r -> permit.permitNumber().equals(KafkaProbe.header(r, "ce_subject")), Duration.ofSeconds(30))
                    .value(), PermitReceived.class);
            assertThat(received.partner()).isEqualTo("pt-national");
            assertThat(received.permit().lineItems()).hasSize(permit.lineItems().size());
            assertThat(received.exportEndorsement().port()).isEqualTo("PTLIS");
            assertThat(received.exportEndorsement().transportDocument()).isEqualTo("AWB 047-11112222");

            ImportCleared cleared = cleared(permit, "2");
            UUID again = UUID.randomUUID();
            KafkaProbe.publish(UUID.randomUUID(), "NO", cleared);
            KafkaProbe.publish(again, "NO", cleared);

            await().atMost(Duration.ofSeconds(30)).until(() -> !portugal.taken().isEmpty());
            PartnerEndpoint.Received confirmation = portugal.taken().getFirst();
            assertThat(confirmation.message()).isEqualTo("CONFIRMED_QUANTITIES");
            JsonNode notice = JSON.readTree(confirmation.body());
            assertThat(notice.get("permitNumber").asText()).isEqualTo(permit.permitNumber());
            assertThat(notice.get("importingParty").asText()).isEqualTo("NO");
            assertThat(notice.at("/quantities/0/quantity").decimalValue()).isEqualByComparingTo("2");
            given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/inbox").then().statusCode(200)
                    .body("find { it.permitNumber == '" + permit.permitNumber() + "' }.clearedOn",
                            equalTo(cleared.arrivedOn().toString()));
            await().atMost(Duration.ofSeconds(30)).until(() -> RealInfrastructure.queryAsOwner(
                    "select count(*) from processed_event where event_id = ?", again).equals(1L));
            assertThat(RealInfrastructure.queryAsOwner("select count(*) from delivery where permit_id = ?"
                    + " and message = 'CONFIRMED_QUANTITIES'", permit.permitId())).as("cleared twice, confirmed once")
                    .isEqualTo(1L);
            assertThat(portugal.taken()).hasSize(1);
        }
    }

    @Test
    void anEpixPartnerGetsWhatArrivedThroughItsOwnConfirmQuantities() throws Exception {
        try (PartnerEndpoint spain = PartnerEndpoint.epixConfirming()) {
            SSLContext tls = EpixClients.registeredWithSigner("es-epix", "CN=Spanish EPIX adapter,C=ES", "EPIX_SOAP",
                    spain.url(), SPANISH_SIGNER.certificatePem(), "ES").sslContext();
            PermitDocument permit = PermitDocuments.export("ES", "NO");
            assertThat(EpixClients.pushDocument(tls, EpixClients.signedBy(SPANISH_SIGNER, PermitMessage.issued(permit))).statusCode()).isEqualTo(201);

            KafkaProbe.publish(UUID.randomUUID(), "NO", cleared(permit, "1.5"));

            await().atMost(Duration.ofSeconds(30)).until(() -> !spain.taken().isEmpty());
            String envelope = spain.taken().getFirst().body();
            assertThat(envelope).contains("ConfirmQuantities").contains("<CertificateNumber>" + permit.permitNumber())
                    .contains("<IsoCountryCode>ES</IsoCountryCode>").contains("<InspectedUnitQuantity>1.5");
            String find = "find { it.permitNumber == '" + permit.permitNumber() + "' && it.message == 'CONFIRMED_QUANTITIES' }";
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.maOfficer("NO"))
                    .get("/api/v1/deliveries").then().body(find + ".status", equalTo("DELIVERED"))
                    .body(find + ".recipientParty", equalTo("ES")));
        }
    }

    private static ImportCleared cleared(PermitDocument permit, String quantity) {
        return new ImportCleared(permit, UUID.randomUUID(), LocalDate.now(ZoneOffset.UTC), "NOOSL", "no-customs",
                List.of(new ImportCleared.ClearedQuantity("A", new BigDecimal(quantity))), List.of());
    }
}
