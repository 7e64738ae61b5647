package org.ecites.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecites.signing.SignedPermits.sealOf;
import static org.ecites.signing.SignedPermits.signedExport;
import static org.ecites.signing.SignedPermits.verify;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ecites.events.PartyOnboarded;
import org.ecites.events.PermitDocument;
import org.ecites.events.PartnerChanged;
import org.ecites.infrastructure.TlsMaterial;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.seal.Crypto;
import org.ecites.seal.SealCodec;
import org.ecites.seal.TrustList;
import org.ecites.seal.TrustListJws;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Each test works on its own Party so that rotating or revoking never touches another test's keys. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class KeyManagementTest {

    @Test
    void anOnboardedPartysKeyIsInTheTrustListBeforeItsFirstPermit() {
        assertThat(trustList().parties()).noneMatch(party -> party.party().equals("SN"));

        KafkaProbe.publish(UUID.randomUUID(), "SN", new PartyOnboarded("SN", "Senegal", "ops-admin", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(trustList().parties())
                .filteredOn(party -> party.party().equals("SN")).singleElement()
                .satisfies(party -> assertThat(party.signingKeys()).hasSize(1)));
        given().auth().oauth2(Tokens.maAdmin("SN")).get("/api/v1/keys").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].active", equalTo(true));
    }

    @Test
    void aPartnerSystemsSigningCertificateIsInTheTrustListAndStaysMarkedOnceRetired() {
        TlsMaterial.Identity signer = TlsMaterial.selfSigned("CN=Peruvian CITES system,C=PE");
        UUID partner = UUID.randomUUID();
        Instant registered = Instant.now();
        KafkaProbe.publish(UUID.randomUUID(), PartyScope.EVERY_PARTY, new PartnerChanged(partner, "pe-national",
                Set.of("PE"), signer.certificatePem(), true, registered));

        await().atMost(Duration.ofSeconds(30)).until(() -> trustList().partners().stream()
                .anyMatch(p -> p.name().equals("pe-national")));
        TrustList.TrustedPartner listed = trustList().partners().stream().filter(p -> p.name().equals("pe-national"))
                .findFirst().orElseThrow();
        assertThat(listed.parties()).containsExactly("PE");
        assertThat(Crypto.certificate(Base64.getDecoder().decode(listed.signingCertificate())))
                .isEqualTo(signer.certificate());
        assertThat(listed.retiredAt()).isNull();

        KafkaProbe.publish(UUID.randomUUID(), PartyScope.EVERY_PARTY, new PartnerChanged(partner, "pe-national",
                Set.of(), signer.certificatePem(), false, registered.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(30)).until(() -> trustList().partners().stream()
                .anyMatch(p -> p.name().equals("pe-national") && p.retiredAt() != null));
    }

    @Test
    void afterRotationTheNewKeySignsAndTheOldOneStillVerifies() {
        PermitDocument before = signedExport("BW", "CH");
        String oldKey = SealCodec.decode(sealOf(before)).keyId();

        given().auth().oauth2(Tokens.maAdmin("BW")).post("/api/v1/keys/rotation").then().statusCode(201)
                .body("active", equalTo(true)).body("keyId", not(equalTo(oldKey)));

        PermitDocument after = signedExport("BW", "CH");
        assertThat(SealCodec.decode(sealOf(after)).keyId()).isNotEqualTo(oldKey);
        verify(sealOf(before)).body("code", equalTo("VALID"));
        verify(sealOf(after)).body("code", equalTo("VALID"));
        List<Map<String, Object>> keys = given().auth().oauth2(Tokens.maAdmin("BW")).get("/api/v1/keys")
                .then().statusCode(200).extract().path("$");
        assertThat(keys).extracting(key -> key.get("active")).containsExactly(true, false);
        assertThat(trustList().parties()).filteredOn(party -> party.party().equals("BW")).singleElement()
                .satisfies(party -> assertThat(party.signingKeys()).hasSize(2));
    }

    @Test
    void aRevokedKeysSealsAreRefusedAndTheNextPermitGetsANewKey() {
        PermitDocument before = signedExport("ZA", "CH");
        String revoked = SealCodec.decode(sealOf(before)).keyId();

        given().auth().oauth2(Tokens.maAdmin("ZA")).contentType(ContentType.JSON).body(Map.of("reason", "key compromise"))
                .post("/api/v1/keys/" + revoked + "/revocation").then().statusCode(200)
                .body("revokedBy", equalTo("za-admin")).body("active", equalTo(false));

        verify(sealOf(before)).body("valid", equalTo(false)).body("code", equalTo("KEY_REVOKED"))
                .body("status", equalTo(null));
        PermitDocument after = signedExport("ZA", "CH");
        verify(sealOf(after)).body("code", equalTo("VALID"));
        given().auth().oauth2(Tokens.maAdmin("ZA")).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/keys/" + revoked + "/revocation").then().statusCode(409);
    }

    @Test
    void onlyAPartysAdministratorsManageItsKeys() {
        String swissKey = SealCodec.decode(sealOf(signedExport("CH", "NO"))).keyId();

        given().auth().oauth2(Tokens.maAdmin("NO")).contentType(ContentType.JSON).body(Map.of("reason", "hostile"))
                .post("/api/v1/keys/" + swissKey + "/revocation").then().statusCode(404);
        given().auth().oauth2(Tokens.maOfficer("CH")).post("/api/v1/keys/rotation").then().statusCode(403);
        given().post("/api/v1/keys/rotation").then().statusCode(401);
        given().auth().oauth2(Tokens.maAdmin("CH")).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/keys/" + swissKey + "/revocation").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
    }

    @Test
    void theTrustListIsSignedByTheAnchorAndCachedByETag() {
        signedExport("CH", "NO");
        Response response = given().get("/api/v1/trust-list");
        response.then().statusCode(200).contentType("application/jose");
        String etag = response.header("ETag");

        TrustList list = TrustListJws.read(response.asString(), anchor());

        assertThat(list.nextUpdate()).isAfter(list.issuedAt());
        assertThat(list.parties()).extracting(TrustList.TrustedParty::party).contains("CH");
        assertThat(response.header("Cache-Control")).contains("max-age");
        given().header("If-None-Match", etag).get("/api/v1/trust-list").then().statusCode(304);
    }

    static TrustList trustList() {
        return TrustListJws.read(given().get("/api/v1/trust-list").asString(), anchor());
    }

    private static X509Certificate anchor() {
        String pem = given().get("/api/v1/trust-list/anchor").then().statusCode(200).extract().asString();
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new AssertionError("the anchor is not a PEM certificate", e);
        }
    }
}
