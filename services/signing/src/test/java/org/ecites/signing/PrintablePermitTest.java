package org.ecites.signing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ecites.signing.SignedPermits.sealOf;
import static org.ecites.signing.SignedPermits.signed;
import static org.ecites.signing.SignedPermits.signedExport;
import static org.ecites.signing.SignedPermits.verify;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecites.events.CodeNames;
import org.ecites.events.PermitDocument;
import org.ecites.seal.QrCodes;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class PrintablePermitTest {

    @Test
    void thePrintedPermitShowsEveryBoxAndAQrCodeThatVerifies() throws Exception {
        PermitDocument permit = signedExport("CH", "NO");

        try (PDDocument pdf = Loader.loadPDF(pdf(permit, "CH", ""))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES",
                    "PERMIT/CERTIFICATE No.", "EXPORT", permit.permitNumber(), "Crocodylus niloticus",
                    "Acipenser baerii", "5b. Security stamp No.", "CITES Management Authority of CH", "3 Government Square",
                    "14. Export endorsement",
                    "LIV live", "KIL kg", "Block B", "Signed electronically by Switzerland (CH)");
            for (String box : new String[] {"2.", "3.", "3a.", "4.", "5.", "5a.", "6.", "7./8.", "9.", "10.", "11.",
                    "11a.", "12.", "12a.", "12b.", "13.", "15."}) {
                assertThat(text).contains(box + " ");
            }
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
            String scanned = QrCodes.read(page).orElseThrow(() -> new AssertionError("no QR code on the page"));
            assertThat(scanned).isEqualTo(sealOf(permit));
            verify(scanned).body("code", equalTo("VALID"));
        }
    }

    @Test
    void labelsAndCodeNamesFollowTheIssuingPartysLanguageOrTheOneAskedFor() throws Exception {
        PermitDocument norwegian = signedExport("NO", "CH");
        PermitDocument swiss = signedExport("CH", "NO");

        assertThat(text(pdf(norwegian, "NO", ""))).contains("PERMISO/CERTIFICADO No", "EXPORTACIÓN",
                "LIV vivo", "Válido hasta el", "Noruega (NO)");
        assertThat(text(pdf(swiss, "CH", "?lang=fr"))).contains("PERMIS/CERTIFICAT No", "EXPORTATION",
                "LIV vivant", "No de l'annexe et source", "Suisse (CH)");
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/signed-permits/" + swiss.permitId()
                + "/permit.pdf?lang=de").then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void codesArePrintedWithTheNamesTheDocumentWasIssuedWithAndAloneWithoutThem() throws Exception {
        PermitDocument issued = PermitDocuments.export("CH", "NO");
        CodeNames named = issued.codeNames();
        PermitDocument renamed = signed(issued.withCodeNames(new CodeNames(named.purposes(),
                Map.of("LIV", new CodeNames.CodeName("live, as the 2031 list names it", "vivant (2031)", "vivo (2031)")),
                named.sources(), named.units(), Map.of("NO", new CodeNames.CodeName("Kingdom of Norway", "Norvège", "Noruega")))));
        PermitDocument unnamed = signed(PermitDocuments.export("CH", "NO").withCodeNames(null));

        assertThat(text(pdf(renamed, "CH", ""))).contains("LIV live, as the 2031 list names it", "Kingdom of Norway (NO)",
                "Signed electronically by CH (CH)").doesNotContain("Switzerland");
        assertThat(text(pdf(renamed, "CH", "?lang=fr"))).contains("LIV vivant (2031)", "Norvège (NO)");
        assertThat(text(pdf(unnamed, "CH", ""))).contains("LIV", "KIL", "NO (NO)")
                .doesNotContain("LIV live", "Switzerland", "Norway");
    }

    @Test
    void theQrCodeComesAsPngAndSvgToTheExportingAndImportingPartiesOnly() throws Exception {
        PermitDocument permit = signedExport("CH", "NO");
        byte[] png = given().auth().oauth2(Tokens.customsOfficer("NO"))
                .get("/api/v1/signed-permits/" + permit.permitId() + "/qr.png")
                .then().statusCode(200).contentType("image/png").extract().asByteArray();

        assertThat(QrCodes.read(ImageIO.read(new ByteArrayInputStream(png)))).contains(sealOf(permit));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/signed-permits/" + permit.permitId() + "/qr.svg")
                .then().statusCode(200).contentType("image/svg+xml");
        given().auth().oauth2(Tokens.maOfficer("DE")).get("/api/v1/signed-permits/" + permit.permitId() + "/qr.png")
                .then().statusCode(404);
        given().get("/api/v1/signed-permits/" + permit.permitId() + "/permit.pdf").then().statusCode(401);
    }

    private static byte[] pdf(PermitDocument permit, String party, String query) {
        return given().auth().oauth2(Tokens.maOfficer(party))
                .get("/api/v1/signed-permits/" + permit.permitId() + "/permit.pdf" + query)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
