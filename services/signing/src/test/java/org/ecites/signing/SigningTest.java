package org.ecites.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ecites.events.EventJson;
import org.ecites.events.EventType;
import org.ecites.events.FinalCertificateSigned;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitEndorsed;
import org.ecites.events.PermitIssued;
import org.ecites.events.PermitSigned;
import org.ecites.seal.Crypto;
import org.ecites.seal.SealCodec;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;
import org.ecites.xml.SignedPermitMessage;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class SigningTest {

    @Test
    void signsAnIssuedPermitOnceAsAJwsAnyJoseLibraryCanCheckWithTheCertificateChain() throws Exception {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        UUID eventId = UUID.randomUUID();
        KafkaProbe.publish(eventId, "CH", new PermitIssued(permit));
        KafkaProbe.publish(eventId, "CH", new PermitIssued(permit));
        KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitIssued(permit));

        var signedEvents = KafkaProbe.collect(EventType.PERMIT_SIGNED.topic(), r -> isSignedEventOf(r, permit),
                Duration.ofSeconds(30), Duration.ofSeconds(3));

        assertThat(signedEvents).hasSize(1);
        PermitSigned signed = EventJson.decode(signedEvents.get(0).value(), PermitSigned.class);
        assertThat(signed.permit()).isEqualTo(permit);
        JWSObject jws = JWSObject.parse(signed.jws());
        X509Certificate signer = Crypto.certificate(jws.getHeader().getX509CertChain().get(0).decode());
        X509Certificate authority = Crypto.certificate(jws.getHeader().getX509CertChain().get(1).decode());
        assertThat(jws.verify(new ECDSAVerifier((ECPublicKey) signer.getPublicKey()))).isTrue();
        assertThat(jws.getPayload().toBytes()).isEqualTo(EventJson.sortedJsonBytes(permit));
        assertThat(Crypto.issuedBy(signer, authority)).isTrue();
        assertThat(authority.getSubjectX500Principal().getName()).contains("C=CH");
        assertThat(jws.getHeader().getKeyID()).isEqualTo(signed.keyId()).isEqualTo(Crypto.keyId(signer));
        assertThat(SealCodec.decode(signed.seal()).summary().permitNumber()).isEqualTo(permit.permitNumber());
        SignedPermitMessage xml = PermitXml.readSigned(signed.xml().getBytes(StandardCharsets.UTF_8));
        assertThat(xml.message()).isEqualTo(PermitMessage.issued(PermitDocuments.asInXml(permit)));
        assertThat(xml.chain()).containsExactly(signer, authority);
    }

    @Test
    void signsTheDocumentAgainAsUsedOnceCustomsEndorsedIt() {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitIssued(permit));
        KafkaProbe.collect(EventType.PERMIT_SIGNED.topic(), r -> isSignedEventOf(r, permit), Duration.ofSeconds(30),
                Duration.ZERO);
        PermitEndorsed endorsed = PermitDocuments.endorsed(permit, "B", "9.5");
        KafkaProbe.publish(UUID.randomUUID(), "CH", endorsed);
        KafkaProbe.publish(UUID.randomUUID(), "CH", endorsed);

        var finals = KafkaProbe.collect(EventType.FINAL_CERTIFICATE_SIGNED.topic(),
                r -> EventType.FINAL_CERTIFICATE_SIGNED.cloudEventType().equals(KafkaProbe.header(r, "ce_type"))
                        && permit.permitNumber().equals(KafkaProbe.header(r, "ce_subject")),
                Duration.ofSeconds(30), Duration.ofSeconds(3));

        assertThat(finals).as("one final certificate however often the endorsement arrives").hasSize(1);
        FinalCertificateSigned finalCertificate = EventJson.decode(finals.get(0).value(), FinalCertificateSigned.class);
        PermitMessage used = PermitXml.readSigned(finalCertificate.xml().getBytes(StandardCharsets.UTF_8)).message();
        assertThat(used.permit()).isEqualTo(PermitDocuments.asInXml(permit));
        assertThat(used.exportEndorsement().quantities())
                .containsExactly(new PermitMessage.BlockQuantity("B", new BigDecimal("9.5")));
        assertThat(used.exportEndorsement().port()).isEqualTo(endorsed.port());
        assertThat(used.exportEndorsement().customsDeclaration()).isEqualTo(endorsed.customsDeclaration());
    }

    private static boolean isSignedEventOf(ConsumerRecord<String, String> record, PermitDocument permit) {
        return EventType.PERMIT_SIGNED.cloudEventType().equals(KafkaProbe.header(record, "ce_type"))
                && permit.permitNumber().equals(KafkaProbe.header(record, "ce_subject"));
    }
}
