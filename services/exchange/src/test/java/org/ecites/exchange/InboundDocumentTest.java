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
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.ecites.events.EventType;
import org.ecites.events.PermitDocument;
import org.ecites.exchange.soap.CitesDataExchange;
import org.ecites.exchange.soap.SubmitCertificateRequest;
import org.ecites.exchange.soap.SubmitCertificateResponse;
import org.ecites.infrastructure.TlsMaterial;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PartnerTls;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Italy's national system pushes its signed documents for Norway; Norway's Management Authority decides. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerTls.class)
class InboundDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TlsMaterial.Identity ITALIAN_SIGNER = TlsMaterial.selfSigned("CN=CITES signer,C=IT");
    private static PartnerEndpoint italyReceives;
    private static SSLContext italy;
    private static String italianCertificate;

    @BeforeAll
    static void norwayIsHosted() {
        HostedParties.onboard("CH", "NO");
        italyReceives = PartnerEndpoint.failingFirst(0);
    }

    @BeforeEach
    void italyIsAPartner() {
        if (italy == null) {
            TlsMaterial.ClientIdentity identity = EpixClients.registeredWithSigner("it-national",
                    "CN=Italian CITES system,C=IT", "REST", italyReceives.url(), ITALIAN_SIGNER.certificatePem(), "IT");
            italy = identity.sslContext();
            italianCertificate = identity.certificatePem();
        }
    }

    @Test
    void aSignedDocumentIsReceivedOnceAndTheRejectionGoesBackToThePartner() throws Exception {
        PermitDocument permit = PermitDocuments.export("IT", "NO");
        byte[] xml = signed(permit, ITALIAN_SIGNER);

        HttpResponse<String> first = push(italy, xml);
        HttpResponse<String> again = push(italy, xml);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).as("the same document and version twice is one").isEqualTo(200);
        String entry = JSON.readTree(first.body()).get("receiptId").asText();
        assertThat(JSON.readTree(again.body()).get("receiptId").asText()).isEqualTo(entry);
        assertThat(KafkaProbe.collect(EventType.PERMIT_RECEIVED.topic(), r -> permit.permitNumber()
                .equals(KafkaProbe.header(r, "ce_subject")), Duration.ofSeconds(20), Duration.ofSeconds(2))).hasSize(1);
        given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/inbox").then().statusCode(200)
                .body("find { it.id == '" + entry + "' }.viaPartner", equalTo(true))
                .body("find { it.id == '" + entry + "' }.permit.lineItems[0].scientificName", equalTo("Crocodylus niloticus"));

        given().auth().oauth2(Tokens.maOfficer("NO")).contentType("application/json")
                .body(Map.of("decision", "REJECTED")).post("/api/v1/inbox/" + entry + "/decision")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(Tokens.maOfficer("CH")).contentType("application/json")
                .body(Map.of("decision", "ACCEPTED")).post("/api/v1/inbox/" + entry + "/decision").then().statusCode(404);
        given().auth().oauth2(Tokens.maOfficer("NO")).contentType("application/json")
                .body(Map.of("decision", "REJECTED", "reason", "the importer named is not registered with us"))
                .post("/api/v1/inbox/" + entry + "/decision").then().statusCode(200).body("decision", equalTo("REJECTED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !italyReceives.taken().isEmpty());
        PartnerEndpoint.Received acknowledgement = italyReceives.taken().getFirst();
        assertThat(acknowledgement.message()).isEqualTo("ACKNOWLEDGEMENT");
        JsonNode notice = JSON.readTree(acknowledgement.body());
        assertThat(notice.get("permitNumber").asText()).isEqualTo(permit.permitNumber());
        assertThat(notice.get("reason").asText()).isEqualTo("REJECTED: the importer named is not registered with us");
    }

    @Test
    void behindTheGatewayThePartnersForwardedCertificateNamesItAndNoOneElseMayForwardOne() throws Exception {
        String forwarded = EpixClients.forwardedByGateway(italianCertificate);
        byte[] xml = signed(PermitDocuments.export("IT", "NO"), ITALIAN_SIGNER);

        assertThat(EpixClients.pushDocument(PartnerTls.gateway(), xml, forwarded).statusCode()).isEqualTo(201);
        assertThat(EpixClients.pushDocument(PartnerTls.gateway(), xml, null).statusCode())
                .as("the gateway itself is no partner").isEqualTo(401);
        assertThat(EpixClients.pushDocument(PartnerTls.gateway(), xml, "Hash=0;Cert=\"not%20a%20certificate\"")
                .statusCode()).isEqualTo(401);
        assertThat(EpixClients.pushDocument(PartnerTls.gateway(), xml, forwarded + "," + forwarded).statusCode())
                .as("two proxies' elements name no one").isEqualTo(401);
        SSLContext stranger = PartnerTls.client("stranger", "CN=stranger,C=IT").sslContext();
        assertThat(EpixClients.pushDocument(stranger, signed(PermitDocuments.export("IT", "NO"), ITALIAN_SIGNER),
                forwarded).statusCode()).as("only the gateway's forwarded certificate is believed").isEqualTo(401);
    }

    @Test
    void forgedForeignSignedMalformedHostileAndMisaddressedDocumentsAreRefusedAndNothingIsStored() throws Exception {
        PermitDocument permit = PermitDocuments.export("IT", "NO");
        String xml = new String(signed(permit, ITALIAN_SIGNER), StandardCharsets.UTF_8);
        String forged = xml.replace("<ram:ItemQuantity>2</ram:ItemQuantity>", "<ram:ItemQuantity>200</ram:ItemQuantity>");

        assertRefused(push(italy, forged.getBytes(StandardCharsets.UTF_8)), 400, "Signature");
        assertRefused(push(italy, signed(permit, TlsMaterial.selfSigned("CN=someone,C=IT"))), 400, "Signature");
        assertRefused(push(italy, ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<r>&x;</r>").getBytes(StandardCharsets.UTF_8)), 400, "CITESEPermit");
        assertRefused(push(italy, "<CITESEPermit".getBytes(StandardCharsets.UTF_8)), 400, "CITESEPermit");
        assertOversizedRefused(new byte[600_000]);
        assertRefused(push(italy, signed(PermitDocuments.export("DE", "NO"), ITALIAN_SIGNER)), 403, null);
        assertRefused(push(italy, signed(PermitDocuments.export("IT", "KE"), ITALIAN_SIGNER)), 400, "ConsigneeTradeParty");
        assertThat(push(PartnerTls.withoutCertificate(), xml.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(401);
        given().auth().oauth2(Tokens.maOfficer("NO")).contentType("application/xml").body(xml)
                .post("/api/v1/partner/documents").then().statusCode(401);

        assertThat(RealInfrastructure.queryAsOwner("select count(*) from received_permit where permit_number = ?",
                permit.permitNumber())).isEqualTo(0L);
    }

    @Test
    void aPartnerSubmitsOverSoapWithTheSameChecksAndOneReceipt() throws Exception {
        PermitDocument permit = PermitDocuments.export("IT", "NO");
        CitesDataExchange soap = EpixClients.calling(italy);
        byte[] xml = signed(permit, ITALIAN_SIGNER);

        SubmitCertificateResponse first = soap.submitCitesCertificate(submission(xml));
        SubmitCertificateResponse again = soap.submitCitesCertificate(submission(xml));

        assertThat(first.duplicate).isFalse();
        assertThat(again.duplicate).isTrue();
        assertThat(again.receiptId).isEqualTo(first.receiptId);
        assertThat(first.version).isEqualTo("ISSUED");
        given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/inbox").then().statusCode(200)
                .body("find { it.id == '" + first.receiptId + "' }.permitNumber", equalTo(permit.permitNumber()));

        PermitDocument other = PermitDocuments.export("IT", "NO");
        String forged = new String(signed(other, ITALIAN_SIGNER), StandardCharsets.UTF_8)
                .replace("<ram:ItemQuantity>2</ram:ItemQuantity>", "<ram:ItemQuantity>200</ram:ItemQuantity>");
        EpixAdapterTest.assertFault(() -> soap.submitCitesCertificate(submission(forged.getBytes(StandardCharsets.UTF_8))),
                "InvalidDocument");
        EpixAdapterTest.assertFault(() -> soap.submitCitesCertificate(submission(signed(PermitDocuments.export("IT", "KE"),
                ITALIAN_SIGNER))), "CalleeNotFound");
        EpixAdapterTest.assertFault(() -> soap.submitCitesCertificate(submission(signed(PermitDocuments.export("DE", "NO"),
                ITALIAN_SIGNER))), "CallerNotFound");
        EpixAdapterTest.assertFault(() -> soap.submitCitesCertificate(new SubmitCertificateRequest()), "InvalidDocument");
        EpixAdapterTest.assertFault(() -> EpixClients.calling(PartnerTls.withoutCertificate())
                .submitCitesCertificate(submission(xml)), "CertificateMissing");
        assertThat(RealInfrastructure.queryAsOwner("select count(*) from received_permit where permit_number = ?",
                other.permitNumber())).isEqualTo(0L);
    }

    private static SubmitCertificateRequest submission(byte[] xml) {
        SubmitCertificateRequest request = new SubmitCertificateRequest();
        request.citesePermit = PermitXml.element(xml);
        return request;
    }

    private static byte[] signed(PermitDocument permit, TlsMaterial.Identity signer) {
        return EpixClients.signedBy(signer, PermitMessage.issued(permit));
    }

    private static HttpResponse<String> push(SSLContext tls, byte[] xml) throws Exception {
        return EpixClients.pushDocument(tls, xml);
    }

    /** The HTTP layer answers 413 past its body limit (512 KiB) and may close the connection while the body still streams. */
    private static void assertOversizedRefused(byte[] body) {
        try {
            assertThat(push(italy, body).statusCode()).isEqualTo(413);
        } catch (Exception closedWhileSending) {
            assertThat(closedWhileSending).isInstanceOf(IOException.class);
        }
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String field) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        if (field != null) {
            assertThat(JSON.readTree(answer.body()).at("/errors/0/field").asText()).isEqualTo(field);
        }
    }
}
