package org.ecites.verifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.ecites.seal.Crypto;
import org.ecites.seal.SealException;
import org.ecites.seal.SealSummary;
import org.ecites.seal.SealVerifier;
import org.ecites.seal.TrustList;
import org.ecites.seal.TrustListJws;
import org.ecites.seal.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Checks a permit's seal with no network: against a trust list saved from {@code GET /api/v1/trust-list}
 * and the anchor certificate pinned from {@code GET /api/v1/trust-list/anchor}. Exit code 0 when the seal
 * holds, 1 when it is refused (the reason is printed), 2 when the input cannot be used.
 */
@Command(name = "offline-verifier", mixinStandardHelpOptions = true, version = "offline-verifier 0.1.0",
        description = "Verifies the seal (QR code) of a CITES permit, or a signed CITESEPermit message, against a"
                + " saved trust list.")
public class VerifyCommand implements Callable<Integer> {

    static final int VALID = 0;
    static final int REFUSED = 1;
    static final int UNUSABLE_INPUT = 2;
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--trust-list", required = true, description = "The saved trust list (compact JWS).")
    Path trustList;

    @Option(names = "--anchor", required = true, description = "The trust anchor's certificate (PEM or DER).")
    Path anchor;

    @Option(names = "--at", description = "Judge as at this instant (ISO-8601); default: now.")
    Instant at;

    @Option(names = "--json", description = "Print the whole verdict as JSON.")
    boolean json;

    @ArgGroup(exclusive = true, multiplicity = "1")
    SealSource source;

    public static void main(String[] args) {
        System.exit(new CommandLine(new VerifyCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrustList list;
        String seal;
        byte[] message;
        try {
            X509Certificate anchorCertificate = Crypto.certificate(Pem.der(Files.readAllBytes(anchor)));
            list = TrustListJws.read(Files.readString(trustList), anchorCertificate);
            message = source.xml == null ? null : Files.readAllBytes(source.xml);
            seal = message == null ? source.read() : null;
        } catch (SealException | IllegalArgumentException | IOException e) {
            err.println("cannot verify: " + e.getMessage());
            return UNUSABLE_INPUT;
        }
        if (message != null) {
            return check(message, list, out);
        }
        Verdict verdict = new SealVerifier(list).verify(seal, at == null ? Instant.now() : at);
        if (json) {
            out.println(JSON.writeValueAsString(verdict));
        } else {
            print(verdict, list, out);
        }
        return verdict.valid() ? VALID : REFUSED;
    }

    private int check(byte[] message, TrustList list, PrintWriter out) throws IOException {
        MessageCheck.Result result = MessageCheck.check(message, list, at == null ? Instant.now() : at);
        if (json) {
            out.println(JSON.writeValueAsString(result));
        } else {
            out.println(result.message());
            if (result.permit() != null) {
                out.println("document " + result.permit().permitNumber() + " " + result.permit().documentType()
                        + " issued by " + result.permit().issuingParty() + " for " + result.permit().importerParty()
                        + ", signer " + result.signer());
            }
        }
        return result.valid() ? VALID : REFUSED;
    }

    private static void print(Verdict verdict, TrustList list, PrintWriter out) {
        out.println(verdict.code() + ": " + verdict.message());
        out.println("trust list " + list.sequence() + " issued " + list.issuedAt() + ", next update "
                + list.nextUpdate());
        SealSummary permit = verdict.permit();
        if (permit != null) {
            out.println("permit " + permit.permitNumber() + " " + permit.documentType() + " issued by "
                    + permit.issuingParty() + " for " + permit.importerParty() + ", valid " + permit.validFrom()
                    + " to " + permit.validUntil() + ", signed " + permit.signedAtInstant());
            for (SealSummary.Item item : permit.lineItems()) {
                out.println("  " + item.itemId() + "  " + item.scientificName() + "  App. " + item.appendix()
                        + "  source " + item.source() + "  " + item.term() + "  " + item.quantity().toPlainString()
                        + (item.unit() == null ? "" : " " + item.unit()));
            }
        }
        if (verdict.valid()) {
            out.println("Offline check only: ask the issuing Party's service whether the permit was used since.");
        }
    }
}
