package org.ecites.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.PartnerChanged;
import org.ecites.infrastructure.TlsMaterial;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PartnerTls;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Registering and retiring a partner system is announced, so that signing's trust list follows. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(PartnerTls.class)
class PartnerAnnouncementTest {

    @Test
    void aPartnersRegistrationAndRetirementTravelWithItsSigningCertificateAsPlatformEvents() {
        TlsMaterial.Identity signer = TlsMaterial.selfSigned("CN=Chilean CITES signer,C=CL");
        EpixClients.registeredWithSigner("cl-national", "CN=Chilean CITES system,C=CL", "EPIX_SOAP", null,
                signer.certificatePem(), "CL");
        String id = given().auth().oauth2(Tokens.platformAdmin()).get("/api/v1/partners").then().statusCode(200)
                .extract().path("find { it.name == 'cl-national' }.id");
        given().auth().oauth2(Tokens.platformAdmin()).delete("/api/v1/partners/" + id).then().statusCode(200);

        List<ConsumerRecord<String, String>> events = KafkaProbe.collect(EventType.PARTNER_CHANGED.topic(),
                r -> "cl-national".equals(KafkaProbe.header(r, "ce_subject")), Duration.ofSeconds(30),
                Duration.ofSeconds(2));
        assertThat(events).hasSize(2).allSatisfy(r -> assertThat(KafkaProbe.header(r, "ce_tenant")).isEqualTo("*"));
        PartnerChanged registered = EventJson.decode(events.get(0).value(), PartnerChanged.class);
        PartnerChanged retired = EventJson.decode(events.get(1).value(), PartnerChanged.class);
        assertThat(registered.parties()).containsExactly("CL");
        assertThat(registered.signingCertificate()).isEqualTo(signer.certificatePem().strip());
        assertThat(registered.active()).isTrue();
        assertThat(retired.active()).isFalse();
        assertThat(retired.parties()).isEmpty();
    }
}
