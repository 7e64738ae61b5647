package org.ecites.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.FinalCertificateSigned;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecites.events.PermitDocument;
import org.ecites.seal.QrCodes;
import org.ecites.events.QuantitiesConfirmed;
import org.ecites.exchange.soap.CertificateRequest;
import org.ecites.exchange.soap.CertificateResponse;
import org.ecites.exchange.soap.CitesDataExchange;
import org.ecites.exchange.soap.CitesDataExchangeFault;
import org.ecites.exchange.soap.ConfirmQuantitiesRequest;
import org.ecites.exchange.soap.ConfirmQuantitiesRequest.CitesPosition;
import org.ecites.exchange.soap.ServiceStateRequest;
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

/** A partner system of France pulls Swiss documents over EPIX CitesDataExchange, with its TLS certificate. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerTls.class)
class EpixAdapterTest {

    private static CitesDataExchange france;
    private static CitesDataExchange germany;

    @BeforeAll
    static void switzerlandAndNorwayAreHosted() {
        HostedParties.onboard("CH", "NO");
    }

    /** Over REST, which the test framework points at the application only once a test runs. */
    @BeforeEach
    void partnersOfFranceAndGermanyAreRegistered() {
        if (france != null) {
            return;
        }
        france = EpixClients.calling(EpixClients.registered("fr-epix", "CN=EPIX adapter,O=Ministere,C=FR", "EPIX_SOAP",
                null, "FR").sslContext());
        germany = EpixClients.calling(EpixClients.registered("de-epix", "CN=EPIX adapter,C=DE", "EPIX_SOAP", null,
                "DE").sslContext());
    }

    @Test
    void theImportingPartyPullsTheDocumentAsSignedAndTheDeliveryCountsAsDelivered() throws Exception {
        PermitDocument permit = issued("CH", "FR");

        CertificateResponse answer = france.getNonFinalCitesCertificate(request(permit, PermitDocuments.VERIFICATION_CODE));

        PermitMessage message = PermitXml.readSigned(bytes(answer)).message();
        assertThat(message).isEqualTo(PermitMessage.issued(PermitDocuments.asInXml(permit)));
        assertThat(answer.attachments).singleElement().satisfies(attachment -> {
            assertThat(attachment.attachmentName).isEqualTo(permit.permitNumber() + ".pdf");
            try (PDDocument printed = Loader.loadPDF(attachment.attachmentContent)) {
                assertThat(QrCodes.read(new PDFRenderer(printed).renderImageWithDPI(0, 200)))
                        .as("the printed permit's QR code").contains(PermitDocuments.seal(permit));
                assertThat(new PDFTextStripper().getText(printed)).contains(permit.permitNumber(),
                        PermitDocuments.VERIFICATION_CODE);
            }
        });
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/deliveries").then().statusCode(200);
        assertThat(RealInfrastructure.queryAsOwner("select status from delivery where permit_id = ? and message = 'PERMIT'",
                permit.permitId())).isEqualTo("DELIVERED");
    }

    @Test
    void aWrongTokenAnotherPartysCertificateAnUnknownCalleeAreRefusedInTheProtocolsTerms() {
        PermitDocument permit = issued("CH", "FR");

        assertFault(() -> france.getNonFinalCitesCertificate(request(permit, "WRONG-TOKEN")), "DocumentNotFound");
        assertFault(() -> germany.getNonFinalCitesCertificate(request(permit, PermitDocuments.VERIFICATION_CODE)),
                "DocumentNotFound");
        assertFault(() -> france.getNonFinalCitesCertificate(new CertificateRequest(permit.permitNumber(),
                PermitDocuments.VERIFICATION_CODE, "ZZ")), "CalleeNotFound");
        CitesDataExchange stranger = EpixClients.calling(PartnerTls.client("stranger", "CN=EPIX adapter,C=FR").sslContext());
        assertFault(() -> stranger.getNonFinalCitesCertificate(request(permit, PermitDocuments.VERIFICATION_CODE)),
                "CallerNotFound");
        CitesDataExchange anonymous = EpixClients.calling(PartnerTls.withoutCertificate());
        assertFault(() -> anonymous.getNonFinalCitesCertificate(request(permit, PermitDocuments.VERIFICATION_CODE)),
                "CertificateMissing");
    }

    @Test
    void theFinalCertificateCarriesWhatCustomsEndorsedOnceThereIsOne() throws Exception {
        PermitDocument permit = issued("CH", "FR");
        assertFault(() -> france.getFinalCitesCertificate(request(permit, PermitDocuments.VERIFICATION_CODE)),
                "DocumentNotUsed");

        PermitMessage used = new PermitMessage(PermitDocuments.asInXml(permit),
                new PermitMessage.Examination(LocalDate.now(), "CHZRH", "ch-customs", "CH-DECL-1", "AWB 1",
                        List.of(new PermitMessage.BlockQuantity("A", new BigDecimal("2")))), null);
        KafkaProbe.publish(UUID.randomUUID(), "CH", new FinalCertificateSigned(permit, PermitDocuments.xml(used), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> RealInfrastructure.queryAsOwner(
                "select final_xml from outbound_document where permit_id = ?", permit.permitId()) != null);

        CertificateResponse answer = france.getFinalCitesCertificate(request(permit, PermitDocuments.VERIFICATION_CODE));
        assertThat(PermitXml.readSigned(bytes(answer)).message()).isEqualTo(used);
    }

    @Test
    void confirmedQuantitiesBecomeAnImportClearanceOnce() throws Exception {
        PermitDocument permit = issued("CH", "FR");
        assertFault(() -> france.confirmQuantities(confirmation(permit, "Z", "1")), "InvalidQuantities");

        assertThat(france.confirmQuantities(confirmation(permit, "A", "2")).confirmed).isTrue();
        assertFault(() -> france.confirmQuantities(confirmation(permit, "A", "2")), "QuantitiesAlreadyConfirmed");

        var confirmed = KafkaProbe.collect(EventType.QUANTITIES_CONFIRMED.topic(),
                r -> permit.permitNumber().equals(KafkaProbe.header(r, "ce_subject")), Duration.ofSeconds(30),
                Duration.ofSeconds(2));
        assertThat(confirmed).hasSize(1);
        assertThat(KafkaProbe.header(confirmed.get(0), "ce_tenant")).isEqualTo("FR");
        QuantitiesConfirmed event = EventJson.decode(confirmed.get(0).value(), QuantitiesConfirmed.class);
        assertThat(event.quantities()).containsExactly(new QuantitiesConfirmed.ConfirmedQuantity("A", new BigDecimal("2")));
        assertThat(event.partner()).isEqualTo("fr-epix");
    }

    @Test
    void apiSpecsHoldTheWsdlTheServiceServes() throws Exception {
        String served = given().get("/soap/CitesDataExchange?wsdl").then().statusCode(200).extract().asString();
        Path kept = Path.of("../../api-specs/wsdl/CitesDataExchange.wsdl");
        Path written = Files.createDirectories(Path.of("target/wsdl")).resolve("CitesDataExchange.wsdl");
        Files.writeString(written, served);
        assertThat(Files.exists(kept) ? Files.readString(kept) : "").as("the served WSDL differs from " + kept
                + "; if the change is meant, copy " + written.toAbsolutePath() + " there").isEqualTo(served);
    }

    @Test
    void serviceStateAnswersARegisteredCaller() {
        assertThat(france.serviceState(new ServiceStateRequest()).state).isEqualTo("Available");
    }

    private static PermitDocument issued(String issuer, String importer) {
        PermitDocument permit = PermitDocuments.export(issuer, importer);
        KafkaProbe.publish(UUID.randomUUID(), issuer, PermitDocuments.signed(permit));
        await().atMost(Duration.ofSeconds(30)).until(() -> RealInfrastructure.queryAsOwner(
                "select status from outbound_document where permit_id = ?", permit.permitId()) != null);
        return permit;
    }

    private static CertificateRequest request(PermitDocument permit, String token) {
        return new CertificateRequest(permit.permitNumber(), token, permit.issuingParty());
    }

    private static ConfirmQuantitiesRequest confirmation(PermitDocument permit, String itemId, String quantity) {
        ConfirmQuantitiesRequest request = new ConfirmQuantitiesRequest();
        request.certificateNumber = permit.permitNumber();
        request.tokenId = PermitDocuments.VERIFICATION_CODE;
        request.isoCountryCode = permit.issuingParty();
        request.confirmedQuantities.add(new CitesPosition(itemId, new BigDecimal(quantity)));
        return request;
    }

    private static byte[] bytes(CertificateResponse answer) throws Exception {
        StringWriter text = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(answer.citesePermit), new StreamResult(text));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void assertFault(ThrowingCall call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CitesDataExchangeFault.class,
                fault -> assertThat(fault.getFaultInfo().code).isEqualTo(code));
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }
}
