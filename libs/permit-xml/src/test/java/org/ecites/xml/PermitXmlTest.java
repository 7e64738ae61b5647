package org.ecites.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.ecites.events.DocumentType;
import org.ecites.xml.PermitXmlException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class PermitXmlTest {

    private static final Signers SWITZERLAND = Signers.of("CH");

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void everyBoxOfEveryDocumentTypeSurvivesTheRoundTrip(DocumentType type) {
        PermitMessage message = CompletePermits.of(type);

        SignedPermitMessage read = PermitXml.readSigned(SWITZERLAND.sign(message));

        assertThat(read.message()).isEqualTo(message);
        assertThat(read.chain()).isEqualTo(SWITZERLAND.chain());
    }

    @Test
    void aDocumentAsIssuedCarriesNoExamination() {
        PermitMessage issued = PermitMessage.issued(CompletePermits.of(DocumentType.EXPORT).permit());

        String xml = new String(SWITZERLAND.sign(issued), StandardCharsets.UTF_8);

        assertThat(xml).contains("<rsm:CITESEPermit", "<ram:ID>CH26-000042</ram:ID>", "ecdsa-sha256", "<ds:X509Certificate>")
                .doesNotContain("ExaminationTransportEvent", "TransportContractReferencedDocument");
        assertThat(PermitXml.readSigned(xml.getBytes(StandardCharsets.UTF_8)).message()).isEqualTo(issued);
    }

    @Test
    void aDocumentWithOnlyTheBoxesItMustHaveSurvivesTheRoundTrip() {
        PermitMessage sparse = PermitMessage.issued(CompletePermits.sparse());

        assertThat(PermitXml.readSigned(SWITZERLAND.sign(sparse)).message()).isEqualTo(sparse);
    }

    @Test
    void aChangeAfterSigningBreaksTheSignature() {
        String xml = new String(SWITZERLAND.sign(CompletePermits.of(DocumentType.EXPORT)), StandardCharsets.UTF_8);
        String forged = xml.replace("<ram:ItemQuantity>2</ram:ItemQuantity>", "<ram:ItemQuantity>20</ram:ItemQuantity>");
        assertThat(forged).isNotEqualTo(xml);

        assertThatThrownBy(() -> PermitXml.readSigned(forged.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PermitXmlException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE))
                .hasMessageContaining("does not match");
    }

    @Test
    void anUnsignedMessageIsRefused() {
        String signed = new String(SWITZERLAND.sign(CompletePermits.of(DocumentType.EXPORT)), StandardCharsets.UTF_8);
        String unsigned = signed.replaceAll("(?s)<ds:Signature.*</ds:Signature>", "");

        assertThatThrownBy(() -> PermitXml.readSigned(unsigned.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PermitXmlException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE))
                .hasMessageContaining("exactly one XML signature, it has 0");
    }
}
