package org.ecites.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.ecites.events.PermitDocument;
import org.ecites.seal.Crypto;
import org.ecites.seal.QrCodes;
import org.ecites.seal.TrustedParties;
import org.ecites.xml.CompletePermits;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {

    private static final Instant NOW = TrustedParties.NOW;
    private static final TrustedParties WORLD = new TrustedParties();
    private static final String SEAL = WORLD.swiss.sealAt("CH26-000777", NOW);

    @TempDir
    static Path files;
    private static Path trustList;
    private static Path anchor;

    @BeforeAll
    static void saveTrustListAndAnchor() throws IOException {
        trustList = Files.writeString(files.resolve("trust-list.jws"), WORLD.signedTrustList(NOW.plus(Duration.ofDays(1))));
        anchor = Files.writeString(files.resolve("anchor.pem"), Crypto.pem(WORLD.anchor));
    }

    @Test
    void acceptsTheSealAsTextAsAPictureAndOnAPrintedPage() throws IOException {
        Path png = Files.write(files.resolve("qr.png"), QrCodes.png(SEAL, 4));
        Path pdf = printed(SEAL);

        for (String[] source : new String[][] {{"--seal", SEAL}, {"--image", png.toString()}, {"--pdf", pdf.toString()}}) {
            Run run = run(source[0], source[1]);
            assertThat(run.exitCode()).as(source[0]).isEqualTo(VerifyCommand.VALID);
            assertThat(run.out()).contains("VALID: signed by CH", "permit CH26-000777 EXPORT", "Crocodylus niloticus");
        }
    }

    @Test
    void refusesWithTheReasonAndExitCodeOne() {
        assertThat(run("--seal", WORLD.swissRevoked.sealAt("CH26-1", NOW))).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(VerifyCommand.REFUSED);
            assertThat(run.out()).startsWith("KEY_REVOKED");
        });
        assertThat(run("--seal", SEAL.substring(0, 40)).out()).startsWith("MALFORMED");
        assertThat(run("--seal", SEAL, "--at", NOW.plus(Duration.ofDays(2)).toString()).out())
                .startsWith("STALE_TRUST_LIST");
        assertThat(run("--seal", SEAL, "--json").out()).contains("\"code\" : \"VALID\"", "\"keyKnown\" : true");
    }

    @Test
    void aSignedMessageHoldsWhenItsSignerIsAListedKeyOrAListedPartnersAndIsRefusedOtherwise() throws IOException {
        assertThat(runXml("ours.xml", WORLD.swiss, CompletePermits.sparse("CH"))).satisfies(run -> {
            assertThat(run.exitCode()).isEqualTo(VerifyCommand.VALID);
            assertThat(run.out()).contains("VALID: signed with key " + WORLD.swiss.keyId() + " of CH",
                    "document CH26-000043 EXPORT issued by CH for NO");
        });
        assertThat(runXml("french.xml", WORLD.frenchPartner, CompletePermits.sparse("FR")).out())
                .startsWith("VALID: signed under the registered certificate of partner system fr-epix for FR");
        assertThat(runXml("german.xml", WORLD.retiredGermanPartner, CompletePermits.sparse("DE")).out())
                .startsWith("REFUSED: partner system de-national was retired");
        assertThat(runXml("unlisted.xml", WORLD.unlisted, CompletePermits.sparse("CH")).out())
                .startsWith("REFUSED: the signer is no listed key of CH");
        assertThat(runXml("posing.xml", WORLD.frenchPartner, CompletePermits.sparse("NO")).out())
                .startsWith("REFUSED: the signer is no listed key of NO");
        assertThat(runXml("revoked.xml", WORLD.swissRevoked, CompletePermits.sparse("CH")).out())
                .startsWith("REFUSED: key " + WORLD.swissRevoked.keyId() + " of CH was revoked");

        Path tampered = files.resolve("tampered.xml");
        Files.writeString(tampered, new String(signed(WORLD.swiss, CompletePermits.sparse("CH")),
                StandardCharsets.UTF_8).replace("Crocodylus niloticus", "Crocodylus porosus"));
        Run run = run("--xml", tampered.toString());
        assertThat(run.exitCode()).isEqualTo(VerifyCommand.REFUSED);
        assertThat(run.out()).startsWith("REFUSED: ");
    }

    private static Run runXml(String name, TrustedParties.Signer signer, PermitDocument permit) throws IOException {
        return run("--xml", Files.write(files.resolve(name), signed(signer, permit)).toString());
    }

    private static byte[] signed(TrustedParties.Signer signer, PermitDocument permit) {
        return PermitXml.writeSigned(PermitMessage.issued(permit), signer.keys().getPrivate(),
                List.of(signer.certificate()));
    }

    @Test
    void aTrustListThatTheAnchorDidNotSignCannotBeUsed() throws IOException {
        Path otherAnchor = Files.writeString(files.resolve("other.pem"), Crypto.pem(new TrustedParties().anchor));

        Run run = new Run(new CommandLine(new VerifyCommand()), "--trust-list", trustList.toString(),
                "--anchor", otherAnchor.toString(), "--seal", SEAL);

        assertThat(run.exitCode()).isEqualTo(VerifyCommand.UNUSABLE_INPUT);
        assertThat(run.err()).contains("not a trust list signed by the trust anchor");
        assertThat(run("--image", anchor.toString()).exitCode()).isEqualTo(VerifyCommand.UNUSABLE_INPUT);
    }

    private static Path printed(String seal) throws IOException {
        Path pdf = files.resolve("permit.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, QrCodes.image(seal, 2)), 300, 500, 200, 200);
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    private static Run run(String... source) {
        String[] args = new String[source.length + 4];
        args[0] = "--trust-list";
        args[1] = trustList.toString();
        args[2] = "--anchor";
        args[3] = anchor.toString();
        System.arraycopy(source, 0, args, 4, source.length);
        return new Run(new CommandLine(new VerifyCommand()), args);
    }

    private record Run(int exitCode, String out, String err) {

        Run(CommandLine command, String... args) {
            this(command, new StringWriter(), new StringWriter(), args);
        }

        private Run(CommandLine command, StringWriter out, StringWriter err, String... args) {
            this(command.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args), out.toString(),
                    err.toString());
        }
    }
}
