package org.ecites.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.ecites.events.DocumentType;
import org.ecites.xml.PermitXmlException.Reason;
import org.junit.jupiter.api.Test;

/** What an attacker or a broken system sends: each is refused with its reason before anything is read. */
class HostileXmlTest {

    private static final Signers SWITZERLAND = Signers.of("CH");
    private static final String ROOT = "<CITESEPermit xmlns=\"" + PermitXml.RSM + "\">";

    @Test
    void anExternalEntityIsNeverFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + ROOT + "&x;</CITESEPermit>";

        assertRefused(xxe, Reason.MALFORMED, "DOCTYPE");
    }

    @Test
    void anEntityBombIsNeverExpanded() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">");
        for (char level = 'b'; level <= 'k'; level++) {
            char previous = (char) (level - 1);
            bomb.append("<!ENTITY ").append(level).append(" \"").append(("&" + previous + ";").repeat(10)).append("\">");
        }
        bomb.append("]>").append(ROOT).append("&k;</CITESEPermit>");

        assertRefused(bomb.toString(), Reason.MALFORMED, "DOCTYPE");
    }

    @Test
    void anOversizedMessageIsNotParsed() {
        String huge = ROOT + "<!--" + "x".repeat(XmlSafety.MAX_BYTES) + "--></CITESEPermit>";

        assertRefused(huge, Reason.TOO_LARGE, "at most 1048576");
    }

    @Test
    void brokenXmlIsMalformed() {
        assertRefused(ROOT + "<HeaderExchangedDocument>", Reason.MALFORMED, "well-formed");
    }

    @Test
    void anElementTheSchemaDoesNotKnowIsInvalid() {
        String signed = new String(SWITZERLAND.sign(CompletePermits.of(DocumentType.EXPORT)), StandardCharsets.UTF_8);
        String extended = signed.replace("<ram:PurposeCode>", "<ram:Bribe>yes</ram:Bribe><ram:PurposeCode>");

        assertRefused(extended, Reason.INVALID, "Bribe");
    }

    @Test
    void aSignatureMovedIntoTheDocumentDoesNotCountAsEnveloped() {
        String signed = new String(SWITZERLAND.sign(CompletePermits.of(DocumentType.EXPORT)), StandardCharsets.UTF_8);
        String signature = signed.substring(signed.indexOf("<ds:Signature"), signed.indexOf("</ds:Signature>") + 15);
        String wrapped = signed.replace(signature, "")
                .replace("</ram:ConsignorTradeParty>", "</ram:ConsignorTradeParty>" + signature);

        assertThatThrownBy(() -> PermitXml.readSigned(wrapped.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PermitXmlException.class);
    }

    private static void assertRefused(String xml, Reason reason, String message) {
        assertThatThrownBy(() -> PermitXml.readSigned(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PermitXmlException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(message);
    }
}
