package org.ecites.seal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * A COSE_Sign1 message (RFC 9052 §4.2) with ES256 and the key id in the protected header, as the EU
 * Digital COVID Certificate uses it. Written and read with Jackson's CBOR support: the structure is
 * four fields, and the only Java COSE library (cose-java) is unmaintained and pins an old BouncyCastle.
 */
public record CoseSign1(byte[] protectedHeader, byte[] payload, byte[] signature) {

    static final int TAG = 18;
    private static final int HEADER_ALGORITHM = 1;
    private static final int HEADER_KEY_ID = 4;
    private static final int ES256 = -7;
    private static final CBORFactory CBOR = new CBORFactory();

    /** The protected header {alg: ES256, kid: key id}, with the key id as the bytes of its base64url text. */
    public static byte[] protectedHeader(String keyId) {
        return write(generator -> {
            generator.writeStartObject(2);
            generator.writeFieldId(HEADER_ALGORITHM);
            generator.writeNumber(ES256);
            generator.writeFieldId(HEADER_KEY_ID);
            generator.writeBinary(Base64.getUrlDecoder().decode(keyId));
            generator.writeEndObject();
        });
    }

    /** The Sig_structure the signature is computed over: ["Signature1", protected, external_aad, payload]. */
    public byte[] toBeSigned() {
        return write(generator -> {
            generator.writeStartArray(null, 4);
            generator.writeString("Signature1");
            generator.writeBinary(protectedHeader);
            generator.writeBinary(new byte[0]);
            generator.writeBinary(payload);
            generator.writeEndArray();
        });
    }

    public byte[] encode() {
        return write(generator -> {
            generator.writeTag(TAG);
            generator.writeStartArray(null, 4);
            generator.writeBinary(protectedHeader);
            generator.writeStartObject(0);
            generator.writeEndObject();
            generator.writeBinary(payload);
            generator.writeBinary(signature);
            generator.writeEndArray();
        });
    }

    /** @throws SealException MALFORMED when the bytes are not a tagged COSE_Sign1 */
    public static CoseSign1 decode(byte[] bytes) {
        try (CBORParser parser = CBOR.createParser(bytes)) {
            expect(parser.nextToken() == JsonToken.START_ARRAY && parser.getCurrentTag() == TAG,
                    "not a tagged COSE_Sign1 array");
            byte[] header = binary(parser);
            expect(parser.nextToken() == JsonToken.START_OBJECT, "unprotected header is not a map");
            parser.skipChildren();
            byte[] payload = binary(parser);
            byte[] signature = binary(parser);
            expect(parser.nextToken() == JsonToken.END_ARRAY && parser.nextToken() == null, "trailing content");
            return new CoseSign1(header, payload, signature);
        } catch (IOException e) {
            throw new SealException(VerdictCode.MALFORMED, "COSE_Sign1 is not valid CBOR: " + e.getMessage());
        }
    }

    /** The key id from the protected header; the algorithm must be ES256. */
    public String keyId() {
        try (CBORParser parser = CBOR.createParser(protectedHeader)) {
            expect(parser.nextToken() == JsonToken.START_OBJECT, "protected header is not a map");
            Integer algorithm = null;
            byte[] keyId = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String label = parser.currentName();
                JsonToken value = parser.nextToken();
                if (String.valueOf(HEADER_ALGORITHM).equals(label) && value == JsonToken.VALUE_NUMBER_INT) {
                    algorithm = parser.getIntValue();
                } else if (String.valueOf(HEADER_KEY_ID).equals(label) && value == JsonToken.VALUE_EMBEDDED_OBJECT) {
                    keyId = parser.getBinaryValue();
                } else {
                    parser.skipChildren();
                }
            }
            expect(algorithm != null && algorithm == ES256, "algorithm is not ES256");
            expect(keyId != null && keyId.length > 0, "no key id");
            return Base64.getUrlEncoder().withoutPadding().encodeToString(keyId);
        } catch (IOException e) {
            throw new SealException(VerdictCode.MALFORMED, "protected header is not valid CBOR: " + e.getMessage());
        }
    }

    private static byte[] binary(CBORParser parser) throws IOException {
        expect(parser.nextToken() == JsonToken.VALUE_EMBEDDED_OBJECT, "expected a byte string");
        return parser.getBinaryValue();
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new SealException(VerdictCode.MALFORMED, "COSE_Sign1: " + problem);
        }
    }

    private static byte[] write(CborWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator generator = CBOR.createGenerator(out)) {
            writer.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private interface CborWriter {
        void write(CBORGenerator generator) throws IOException;
    }
}
