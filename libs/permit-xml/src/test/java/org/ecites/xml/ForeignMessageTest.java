package org.ecites.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.ecites.events.DocumentType;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.xml.PermitMessage.BlockQuantity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Another national system's message, written its own way: we read what the schema allows, the same way twice. */
class ForeignMessageTest {

    private static final Signers FRANCE = Signers.of("FR");

    @Test
    void readsWhatAnotherSystemWritesTheWayItWritesIt() throws Exception {
        PermitMessage message = PermitXml.readSigned(signedFixture()).message();

        PermitDocument permit = message.permit();
        assertThat(permit.permitNumber()).isEqualTo("19FR123456-R");
        assertThat(permit.documentType()).isEqualTo(DocumentType.RE_EXPORT);
        assertThat(permit.issuingParty()).isEqualTo("FR");
        assertThat(permit.issuingAuthority().name()).isEqualTo("Ministère de la Transition écologique");
        assertThat(permit.exporterParty()).isEqualTo("FR");
        assertThat(permit.importerParty()).isEqualTo("NO");
        assertThat(permit.validFrom()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(permit.validUntil()).isEqualTo(LocalDate.of(2027, 5, 2));
        assertThat(permit.issuedAt()).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
        LineItem python = permit.lineItems().getFirst();
        assertThat(python.scientificName()).isEqualTo("Python regius");
        assertThat(python.commonName()).isEqualTo("Ball python");
        assertThat(python.quantity()).isEqualByComparingTo("3");
        assertThat(python.unit()).as("PCS is a number of specimens, which CITES leaves blank").isNull();
        assertThat(python.originCountry()).isEqualTo("GH");
        assertThat(message.exportEndorsement().on()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(message.exportEndorsement().port()).isEqualTo("FRCDG");
        assertThat(message.exportEndorsement().quantities()).containsExactly(new BlockQuantity("A", new BigDecimal("3")));
        assertThat(message.importClearance()).isNull();
    }

    @Test
    void withoutOurIdTheSameDocumentGetsTheSameIdEachTime() throws Exception {
        UUID first = PermitXml.readSigned(signedFixture()).message().permit().permitId();
        UUID second = PermitXml.readSigned(signedFixture()).message().permit().permitId();

        assertThat(first).isEqualTo(second)
                .isEqualTo(UUID.nameUUIDFromBytes("FR/19FR123456-R".getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] signedFixture() throws Exception {
        Document document = XmlSafety.parse(fixture());
        XmlSignatures.sign(document, FRANCE.key().getPrivate(), List.of(FRANCE.chain().getFirst()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = ForeignMessageTest.class.getResourceAsStream("foreign-re-export.xml")) {
            return in.readAllBytes();
        }
    }
}
