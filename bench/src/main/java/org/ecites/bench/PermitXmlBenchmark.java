package org.ecites.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.ecites.events.DocumentType;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;
import org.ecites.events.TradeParty;
import org.ecites.seal.TrustedParties;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;
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
 * The CITESEPermit message with its XML signature, written (JAXB, schema check, XMLDSig) and read (safe
 * parse, schema check, signature check, JAXB), for a two-block export permit. Run it in the same JMH run as
 * the raw ECDSA figures of {@link SealBenchmark}, which are the physical limit beside it:
 *
 * java -jar bench/target/benchmarks.jar "PermitXmlBenchmark|SealBenchmark.raw"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PermitXmlBenchmark {

    private TrustedParties world;
    private PermitMessage message;
    private byte[] signed;

    @Setup
    public void setUp() {
        world = new TrustedParties();
        PermitDocument permit = new PermitDocument(UUID.randomUUID(), "CH26-000042", DocumentType.EXPORT, "CH", "CH",
                "NO", new TradeParty("Reptilia AG", "Seestrasse 1, 8000 Zurich", "CH"),
                new TradeParty("Akvariet AS", "Nordnes 4, 5005 Bergen", "NO"),
                new TradeParty("Federal Food Safety and Veterinary Office", "Schwarzenburgstrasse 155, 3003 Bern", "CH"),
                "T", null, null, LocalDate.of(2026, 11, 30), LocalDate.of(2027, 5, 30), Instant.parse("2026-11-30T10:00:00Z"),
                "Bern", List.of(
                        new LineItem("A", "Crocodylus niloticus", "Nile crocodile", null, "II", "W", "SKI",
                                new BigDecimal("2"), null, null, null, "TZ", "TZ-24-0099", LocalDate.of(2024, 3, 1),
                                null, null, null, null, null, null, null),
                        new LineItem("B", "Acipenser baerii", null, null, "II", "C", "CAV", new BigDecimal("10"), "KIL",
                                null, null, "RU", null, null, null, null, null, null, null, null, null)), null);
        message = PermitMessage.issued(permit);
        signed = xmlSign();
    }

    @Benchmark
    public byte[] xmlSign() {
        return PermitXml.writeSigned(message, world.swiss.keys().getPrivate(), List.of(world.swiss.certificate()));
    }

    @Benchmark
    public Object xmlVerify() {
        return PermitXml.readSigned(signed);
    }
}
