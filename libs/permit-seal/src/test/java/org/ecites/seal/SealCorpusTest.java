package org.ecites.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof the issue asks for: well over a thousand damaged or forged seals, each refused with the
 * reason its damage calls for, next to genuine seals that all pass. Seeded, so a failure reproduces.
 */
class SealCorpusTest {

    private static final Instant NOW = TrustedParties.NOW;
    private static final Random RANDOM = new Random(20261125);
    private static TrustedParties world;
    private static SealVerifier verifier;

    @BeforeAll
    static void trust() {
        world = new TrustedParties();
        verifier = new SealVerifier(world.trustList(NOW.plus(Duration.ofHours(23))));
    }

    @Test
    void genuineSealsOfEitherPartyPass() {
        List<String> seals = corpus(100, i -> (i % 2 == 0 ? world.swiss : world.norwegian).sealAt("G" + i, NOW));
        assertThat(seals).allSatisfy(seal -> assertThat(verifier.verify(seal, NOW).code()).isEqualTo(VerdictCode.VALID));
    }

    @Test
    void everyMutatedSealIsRefusedWithTheRightReason() {
        Map<VerdictCode, List<String>> corpus = new EnumMap<>(VerdictCode.class);
        corpus.put(VerdictCode.MALFORMED, concat(
                corpus(300, i -> flipBitOfCompressedStream(genuine(i))),
                corpus(150, i -> truncate(genuine(i))),
                corpus(50, SealCorpusTest::notASeal)));
        corpus.put(VerdictCode.BAD_SIGNATURE, concat(
                corpus(200, i -> flipBitOfSignature(genuine(i))),
                corpus(100, i -> withAlteredContent(genuine(i), i)),
                corpus(50, i -> withKeyId(genuine(i), world.norwegian.keyId()))));
        corpus.put(VerdictCode.UNKNOWN_KEY, concat(
                corpus(50, i -> withKeyId(genuine(i), randomKeyId())),
                corpus(50, i -> world.unlisted.sealAt("U" + i, NOW))));
        corpus.put(VerdictCode.WRONG_ISSUER, corpus(50, i -> world.norwegian.seal(
                Summaries.export("W" + i, "CH", "NO", NOW))));
        corpus.put(VerdictCode.UNTRUSTED_CERTIFICATE, corpus(50, i -> world.swissFromRogueCa.sealAt("R" + i, NOW)));
        corpus.put(VerdictCode.CERTIFICATE_EXPIRED, concat(
                corpus(50, i -> world.swissExpired.sealAt("X" + i, world.swissExpired.middleOfValidity())),
                corpus(25, i -> world.swiss.sealAt("F" + i, NOW.plus(Duration.ofDays(400))))));
        corpus.put(VerdictCode.KEY_REVOKED, corpus(50, i -> world.swissRevoked.sealAt("V" + i, NOW)));

        SealVerifier stale = new SealVerifier(world.trustList(NOW.minus(Duration.ofMinutes(1))));
        List<String> fine = corpus(50, SealCorpusTest::genuine);

        Map<String, Long> wrongVerdicts = new java.util.TreeMap<>();
        int total = fine.size();
        for (Map.Entry<VerdictCode, List<String>> reason : corpus.entrySet()) {
            total += reason.getValue().size();
            for (String seal : reason.getValue()) {
                Verdict verdict = verifier.verify(seal, NOW);
                if (verdict.valid() || verdict.code() != reason.getKey()) {
                    wrongVerdicts.merge(reason.getKey() + " expected, got " + verdict.code() + " ("
                            + verdict.message() + ")", 1L, Long::sum);
                }
            }
        }
        for (String seal : fine) {
            if (stale.verify(seal, NOW).code() != VerdictCode.STALE_TRUST_LIST) {
                wrongVerdicts.merge("STALE_TRUST_LIST expected", 1L, Long::sum);
            }
        }
        assertThat(wrongVerdicts).isEmpty();
        assertThat(total).isGreaterThanOrEqualTo(1_000);
    }

    private static String genuine(int i) {
        return world.swiss.sealAt("CH26-" + i, NOW);
    }

    /**
     * A flipped bit anywhere in the zlib stream but in the padding after its last block, which inflates to
     * the very same seal and so is no mutation at all.
     */
    private static String flipBitOfCompressedStream(String seal) {
        byte[] original = Base45.decode(seal.substring(SealCodec.PREFIX.length()));
        byte[] inflated = inflate(original);
        while (true) {
            byte[] compressed = original.clone();
            int bit = RANDOM.nextInt(compressed.length * 8);
            compressed[bit / 8] ^= (byte) (1 << (bit % 8));
            if (!java.util.Arrays.equals(inflate(compressed), inflated)) {
                return SealCodec.PREFIX + Base45.encode(compressed);
            }
        }
    }

    private static byte[] inflate(byte[] compressed) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(compressed);
        byte[] buffer = new byte[4096];
        try {
            int length = inflater.inflate(buffer);
            return inflater.finished() ? java.util.Arrays.copyOf(buffer, length) : new byte[0];
        } catch (java.util.zip.DataFormatException e) {
            return new byte[0];
        } finally {
            inflater.end();
        }
    }

    private static String truncate(String seal) {
        return seal.substring(0, RANDOM.nextInt(seal.length() - 1));
    }

    private static String notASeal(int i) {
        return switch (i % 5) {
            case 0 -> "";
            case 1 -> "HC1:" + genuine(i).substring(SealCodec.PREFIX.length());
            case 2 -> SealCodec.PREFIX + "not base45 at all!";
            case 3 -> SealCodec.PREFIX + Base45.encode(deflate(new byte[] {(byte) 0xd2, (byte) 0x84, 1, 2}));
            default -> SealCodec.PREFIX + Base45.encode(deflate(("{\"permit\": " + i + "}").getBytes()));
        };
    }

    private static String flipBitOfSignature(String seal) {
        CoseSign1 cose = cose(seal);
        byte[] signature = cose.signature().clone();
        int bit = RANDOM.nextInt(signature.length * 8);
        signature[bit / 8] ^= (byte) (1 << (bit % 8));
        return encode(new CoseSign1(cose.protectedHeader(), cose.payload(), signature));
    }

    private static String withAlteredContent(String seal, int i) {
        SealSummary summary = SealCodec.decode(seal).summary();
        SealSummary altered = Summaries.withQuantity(summary, String.valueOf(3 + i));
        CoseSign1 cose = cose(seal);
        return encode(new CoseSign1(cose.protectedHeader(), cborOf(altered), cose.signature()));
    }

    private static String withKeyId(String seal, String keyId) {
        CoseSign1 cose = cose(seal);
        return encode(new CoseSign1(CoseSign1.protectedHeader(keyId), cose.payload(), cose.signature()));
    }

    private static String randomKeyId() {
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    private static CoseSign1 cose(String seal) {
        return SealCodec.decode(seal).cose();
    }

    /** The payload of a seal made for {@code summary}: the CBOR the codec writes. */
    private static byte[] cborOf(SealSummary summary) {
        return cose(world.unlisted.seal(summary)).payload();
    }

    private static String encode(CoseSign1 cose) {
        return SealCodec.PREFIX + Base45.encode(deflate(cose.encode()));
    }

    private static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater();
        deflater.setInput(bytes);
        deflater.finish();
        byte[] buffer = new byte[bytes.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        return java.util.Arrays.copyOf(buffer, length);
    }

    private static List<String> corpus(int size, IntFunction<String> mutation) {
        List<String> seals = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            seals.add(mutation.apply(i));
        }
        return seals;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
