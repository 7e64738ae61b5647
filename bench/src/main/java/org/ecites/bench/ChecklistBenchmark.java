package org.ecites.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecites.reference.Checklist;
import org.ecites.reference.Listing;
import org.ecites.reference.TaxonNames;
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
 * The species rule's resolution of box 7 over the bundled checklist (23,584 accepted names), by the kind
 * of name an officer writes, and the type-ahead search of the name index.
 *
 * java -jar bench/target/benchmarks.jar ChecklistBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChecklistBenchmark {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    private Checklist checklist;
    private TaxonNames names;
    private List<String> species;
    private int next;

    @Setup
    public void load() {
        checklist = Checklist.bundled();
        names = checklist.names();
        species = checklist.acceptedSpecies();
    }

    /** Every accepted name in turn: the common case. */
    @Benchmark
    public Listing.Lookup namedSpecies() {
        next = (next + 1) % species.size();
        return checklist.listingOn(species.get(next), DAY, "BR");
    }

    /** An orchid the checklist does not name: its genus' named species are checked for stricter listings. */
    @Benchmark
    public Listing.Lookup unnamedOrchid() {
        return checklist.listingOn("Bulbophyllum inventum", DAY, "TH");
    }

    @Benchmark
    public Listing.Lookup hybrid() {
        return checklist.listingOn("Falco rusticolus x Falco cherrug", DAY, "AE");
    }

    /** A misspelling: bounded edit distance against every scientific name for the suggestions. */
    @Benchmark
    public Listing.Lookup misspeltName() {
        return checklist.listingOn("Crocodylus nilotikus", DAY, "EG");
    }

    /** Both kingdoms parsed and the name index built: what a registry does at each start and on each new load. */
    @Benchmark
    public Checklist readBundled() {
        return Checklist.bundled();
    }

    @Benchmark
    public List<TaxonNames.TaxonName> typeAhead() {
        return names.search("crocodylus n", 10);
    }
}
