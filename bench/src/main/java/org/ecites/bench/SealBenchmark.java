package org.ecites.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecites.seal.Crypto;
import org.ecites.seal.Jws;
import org.ecites.seal.QrCodes;
import org.ecites.seal.SealCodec;
import org.ecites.seal.SealSummary;
import org.ecites.seal.SealVerifier;
import org.ecites.seal.Summaries;
import org.ecites.seal.TrustedParties;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Signing and verifying a permit's seal and JWS, next to the raw ECDSA P-256 rate of the JDK's own
 * provider and of BouncyCastle on the same machine: what our encoding costs on top of the curve.
 *
 * java -jar bench/target/benchmarks.jar SealBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SealBenchmark {

    private static final byte[] MESSAGE = "a permit summary of about the size of a seal's payload: CH26-000042 EXPORT"
            .repeat(3).getBytes(StandardCharsets.UTF_8);

    private TrustedParties world;
    private SealSummary summary;
    private String seal;
    private SealVerifier verifier;
    private Instant now;
    private byte[] jdkSignature;
    private byte[] bouncyCastleSignature;
    private byte[] document;
    private KeyPair jdkKeys;

    @Setup
    public void setUp() throws GeneralSecurityException {
        world = new TrustedParties();
        now = TrustedParties.NOW;
        summary = Summaries.export("CH26-000042", "CH", "NO", now);
        seal = world.swiss.seal(summary);
        verifier = new SealVerifier(world.trustList(now.plus(Duration.ofDays(1))));
        document = "x".repeat(1500).getBytes(StandardCharsets.UTF_8);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        jdkKeys = generator.generateKeyPair();
        jdkSignature = rawJdkSign();
        bouncyCastleSignature = rawBouncyCastleSign();
    }

    @Benchmark
    public String sealSign() {
        return world.swiss.seal(summary);
    }

    @Benchmark
    public Object sealVerify() {
        return verifier.verify(seal, now);
    }

    @Benchmark
    public String jwsSignDocument() {
        return Jws.sign(Jws.PERMIT, document, world.swiss.keys().getPrivate(), List.of(world.swiss.certificate()));
    }

    @Benchmark
    public Object qrMatrix() {
        return QrCodes.matrix(seal);
    }

    @Benchmark
    public byte[] rawJdkSign() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(jdkKeys.getPrivate());
        signature.update(MESSAGE);
        return signature.sign();
    }

    @Benchmark
    public boolean rawJdkVerify() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initVerify(jdkKeys.getPublic());
        signature.update(MESSAGE);
        return signature.verify(jdkSignature);
    }

    @Benchmark
    public byte[] rawBouncyCastleSign() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA", Crypto.PROVIDER);
        signature.initSign(world.swiss.keys().getPrivate());
        signature.update(MESSAGE);
        return signature.sign();
    }

    @Benchmark
    public boolean rawBouncyCastleVerify() throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA", Crypto.PROVIDER);
        signature.initVerify(world.swiss.keys().getPublic());
        signature.update(MESSAGE);
        return signature.verify(bouncyCastleSignature);
    }

    @Benchmark
    public SealCodec.Seal sealDecodeOnly() {
        return SealCodec.decode(seal);
    }
}
