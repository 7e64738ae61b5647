package org.ecites.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.ecites.infrastructure.TlsMaterial;
import org.ecites.stack.Service;
import org.ecites.stack.Suite;
import org.ecites.system.epix.CertificateRequest;
import org.ecites.system.epix.CitesDataExchange;
import org.ecites.system.epix.CitesPosition;
import org.ecites.system.epix.ConfirmQuantitiesRequest;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * France is not hosted: its national system, registered as an EPIX partner, pulls a Swiss permit over SOAP
 * with its TLS certificate (a client generated from the published WSDL), fetches it again once Swiss customs
 * endorsed it, confirms what arrived, and Switzerland sees the quantities France's customs inspected.
 */
@ExtendWith(RunningSuite.class)
@Order(2)
class ForeignPartnerIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static Suite suite;

    @BeforeAll
    static void suite() {
        suite = RunningSuite.suite();
    }

    @Test
    void aForeignPartyPullsTheSignedPermitOverEpixAndConfirmsWhatArrived() throws Exception {
        TlsMaterial.ClientIdentity france = suite.tls().client("fr-epix", "CN=French EPIX adapter,C=FR");
        given().baseUri(suite.url(Service.EXCHANGE)).auth().oauth2(RunningSuite.token("ops-admin"))
                .contentType(ContentType.JSON).body(Map.of("name", "French EPIX adapter", "protocol", "EPIX_SOAP",
                        "parties", List.of("FR"), "tlsCertificate", france.certificatePem(),
                        "signingCertificate", france.certificatePem()))
                .post("/api/v1/partners").then().log().ifValidationFails().statusCode(201);

        String chOfficer = RunningSuite.token("ch-officer");
        Response answer = given().baseUri(suite.url(Service.PERMIT_REGISTRY)).auth().oauth2(chOfficer)
                .contentType(ContentType.JSON).body(Map.of("documentType", "EXPORT", "purpose", "T",
                        "exporter", Map.of("name", "Reptilia AG", "address", "Seestrasse 1, 8000 Zurich"),
                        "importer", Map.of("name", "Maison des Reptiles", "address", "5 rue des Ecailles, 75011 Paris",
                                "country", "FR"),
                        "lineItems", List.of(Map.of("scientificName", "Crocodylus niloticus", "appendix", "II",
                                "source", "W", "term", "SKI", "quantity", 3, "originCountry", "BW",
                                "nonDetrimentFinding", "SA-2026-31", "legalAcquisitionFinding", "MA-2026-0077"))))
                .post("/api/v1/permits");
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(201);
        Map<String, Object> issued = answer.as(Map.class);
        String number = (String) issued.get("permitNumber");
        await().atMost(EVENTUALLY).until(() -> given().baseUri(suite.url(Service.SIGNING)).auth().oauth2(chOfficer)
                .get("/api/v1/signed-permits/" + issued.get("permitId")).statusCode() == 200);
        String code = given().baseUri(suite.url(Service.SIGNING)).auth().oauth2(chOfficer)
                .get("/api/v1/signed-permits/" + issued.get("permitId")).then().extract().path("verificationCode");

        CitesDataExchange epix = client(france);
        PermitMessage asIssued = await().atMost(EVENTUALLY).ignoreExceptions()
                .until(() -> read(epix.getNonFinalCitesCertificate(request(number, code)).getAny()), m -> true);
        assertThat(asIssued.permit().permitNumber()).isEqualTo(number);
        assertThat(asIssued.permit().importerParty()).isEqualTo("FR");

        given().baseUri(suite.url(Service.CUSTOMS_ENDORSEMENT)).auth().oauth2(RunningSuite.token("ch-customs"))
                .contentType(ContentType.JSON).body(Map.of("permitNumber", number, "port", "CHGVA",
                        "transportDocument", "AWB 057-11112222", "quantities", List.of(Map.of("itemId", "A", "quantity", 3))))
                .post("/api/v1/endorsements").then().statusCode(201);
        PermitMessage asUsed = await().atMost(EVENTUALLY).ignoreExceptions()
                .until(() -> read(epix.getFinalCitesCertificate(request(number, code)).getAny()), m -> true);
        assertThat(asUsed.exportEndorsement().port()).isEqualTo("CHGVA");
        assertThat(asUsed.exportEndorsement().transportDocument()).isEqualTo("AWB 057-11112222");

        ConfirmQuantitiesRequest confirmation = new ConfirmQuantitiesRequest();
        confirmation.setCertificateNumber(number);
        confirmation.setTokenId(code);
        confirmation.setIsoCountryCode("CH");
        CitesPosition block = new CitesPosition();
        block.setID("A");
        block.setInspectedUnitQuantity(new BigDecimal("2"));
        ConfirmQuantitiesRequest.ConfirmedQuantities quantities = new ConfirmQuantitiesRequest.ConfirmedQuantities();
        quantities.getCitesPosition().add(block);
        confirmation.setConfirmedQuantities(quantities);
        assertThat(epix.confirmQuantities(confirmation).isConfirmed()).isTrue();

        await().atMost(EVENTUALLY).untilAsserted(() -> given().baseUri(suite.url(Service.CUSTOMS_ENDORSEMENT))
                .auth().oauth2(chOfficer).queryParam("issuer", "CH").get("/api/v1/consignments/" + number)
                .then().statusCode(200)
                .body("blocks.find { it.itemId == 'A' }.exported", equalTo(3.0f))
                .body("blocks.find { it.itemId == 'A' }.imported", equalTo(2.0f)));
        given().baseUri(suite.url(Service.EXCHANGE)).auth().oauth2(chOfficer).get("/api/v1/deliveries").then()
                .body("find { it.permitNumber == '%s' && it.message == 'PERMIT' }.status".formatted(number),
                        equalTo("DELIVERED"));
    }

    private static CitesDataExchange client(TlsMaterial.ClientIdentity identity) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(CitesDataExchange.class);
        factory.setAddress(suite.partnerUrl() + "/soap/CitesDataExchange");
        CitesDataExchange port = (CitesDataExchange) factory.create();
        TLSClientParameters tls = new TLSClientParameters();
        tls.setSslContext(identity.sslContext());
        ((HTTPConduit) ClientProxy.getClient(port).getConduit()).setTlsClientParameters(tls);
        return port;
    }

    private static CertificateRequest request(String number, String code) {
        CertificateRequest request = new CertificateRequest();
        request.setCertificateNumber(number);
        request.setTokenId(code);
        request.setIsoCountryCode("CH");
        return request;
    }

    /** The permit as Switzerland signed it: its XML signature verifies. */
    private static PermitMessage read(Object permit) throws Exception {
        StringWriter text = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource((Element) permit), new StreamResult(text));
        return PermitXml.readSigned(text.toString().getBytes(StandardCharsets.UTF_8)).message();
    }
}
