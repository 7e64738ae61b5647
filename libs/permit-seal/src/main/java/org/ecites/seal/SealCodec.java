package org.ecites.seal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The seal's text, as in the EU Digital COVID Certificate: {@code CITES1:} + Base45(zlib(COSE_Sign1(CBOR
 * summary))). Base45 stays within the QR code's alphanumeric mode, the densest one for this text.
 */
public final class SealCodec {

    public static final String PREFIX = "CITES1:";
    /** Signature with the raw r||s encoding that COSE and JWS require (not DER). */
    static final String ALGORITHM = "SHA256withPLAIN-ECDSA";
    /** A seal inflates to a few hundred bytes; anything far larger is an attack, not a permit. */
    private static final int MAX_INFLATED_BYTES = 16 * 1024;
    private static final int MAX_TEXT_LENGTH = 8 * 1024;
    /** One-letter CBOR keys keep the QR code small enough for the form's box 5b. */
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("version", "v"), Map.entry("permitNumber", "n"), Map.entry("documentType", "t"),
            Map.entry("issuingParty", "i"), Map.entry("importerParty", "m"), Map.entry("validFrom", "f"),
            Map.entry("validUntil", "u"), Map.entry("signedAt", "s"), Map.entry("lineItems", "l"),
            Map.entry("itemId", "b"), Map.entry("scientificName", "s"), Map.entry("appendix", "a"),
            Map.entry("source", "o"), Map.entry("term", "t"), Map.entry("quantity", "q"), Map.entry("unit", "u"));
    private static final ObjectMapper CBOR = CBORMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(new PropertyNamingStrategies.NamingBase() {
                @Override
                public String translate(String name) {
                    return SHORT_NAMES.getOrDefault(name, name);
                }
            })
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SealCodec() {
    }

    public static String encode(SealSummary summary, String keyId, PrivateKey key) {
        byte[] header = CoseSign1.protectedHeader(keyId);
        byte[] payload = writeSummary(summary);
        byte[] signature = sign(new CoseSign1(header, payload, null).toBeSigned(), key);
        return PREFIX + Base45.encode(deflate(new CoseSign1(header, payload, signature).encode()));
    }

    /** @throws SealException MALFORMED at whatever layer the text stops being a seal */
    public static Seal decode(String text) {
        if (text == null || !text.startsWith(PREFIX) || text.length() > MAX_TEXT_LENGTH) {
            throw new SealException(VerdictCode.MALFORMED, "a seal is a text of at most " + MAX_TEXT_LENGTH
                    + " characters starting with " + PREFIX);
        }
        byte[] compressed;
        try {
            compressed = Base45.decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SealException(VerdictCode.MALFORMED, e.getMessage());
        }
        CoseSign1 cose = CoseSign1.decode(inflate(compressed));
        return new Seal(cose.keyId(), readSummary(cose.payload()), cose);
    }

    /** Whether the COSE signature holds under the given public key. */
    public static boolean signatureHolds(CoseSign1 cose, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM, Crypto.PROVIDER);
            verifier.initVerify(key);
            verifier.update(cose.toBeSigned());
            return verifier.verify(cose.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] sign(byte[] content, PrivateKey key) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM, Crypto.PROVIDER);
            signer.initSign(key);
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the seal could not be signed", e);
        }
    }

    private static byte[] writeSummary(SealSummary summary) {
        try {
            return CBOR.writeValueAsBytes(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SealSummary readSummary(byte[] payload) {
        try {
            SealSummary summary = CBOR.readValue(payload, SealSummary.class);
            if (summary.version() != SealSummary.VERSION || summary.permitNumber() == null
                    || summary.issuingParty() == null || summary.lineItems() == null) {
                throw new SealException(VerdictCode.MALFORMED, "the summary lacks its version, number or issuer");
            }
            return summary;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SealException sealException) {
                throw sealException;
            }
            throw new SealException(VerdictCode.MALFORMED, "the summary is not a permit summary: " + e.getMessage());
        }
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] bytes) {
        Inflater inflater = new Inflater();
        inflater.setInput(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 2);
        byte[] buffer = new byte[1024];
        try {
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                if (count == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new SealException(VerdictCode.MALFORMED, "the zlib stream is truncated");
                }
                out.write(buffer, 0, count);
                if (out.size() > MAX_INFLATED_BYTES) {
                    throw new SealException(VerdictCode.MALFORMED, "the seal inflates beyond "
                            + MAX_INFLATED_BYTES + " bytes");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw new SealException(VerdictCode.MALFORMED, "bytes after the end of the zlib stream");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new SealException(VerdictCode.MALFORMED, "not a zlib stream: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /** A decoded seal: the key id that signed it, what it says, and the COSE message to check. */
    public record Seal(String keyId, SealSummary summary, CoseSign1 cose) {
    }
}
