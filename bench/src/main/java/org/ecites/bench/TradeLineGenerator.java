package org.ecites.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import org.ecites.reference.CodeLists;

/**
 * Realistic trade lines for the annual-report service's {@code trade_line} table, as COPY text: taxa with
 * their appendix, purpose and source drawn from a sample of the CITES Trade Database, terms with units they
 * allow and partner countries from the code lists; two in three actual trade, the rest permit-based.
 */
final class TradeLineGenerator {

    /** Export permit numbers of generated lines start so: a run deletes its earlier lines by it. */
    static final String PERMIT_PREFIX = "BN";

    private record Taxon(String name, String appendix, String purpose, String source) {
    }

    private final List<Taxon> taxa = new ArrayList<>();
    private final List<CodeLists.CodePair> termUnits;
    private final List<String> countries;
    private final SplittableRandom random;

    TradeLineGenerator(long seed) {
        CodeLists codes = CodeLists.load();
        termUnits = codes.termUnits().stream().sorted((a, b) -> (a.first() + a.second()).compareTo(b.first() + b.second()))
                .toList();
        countries = codes.countries().keySet().stream().sorted().toList();
        random = new SplittableRandom(seed);
        try (BufferedReader sample = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                TradeLineGenerator.class.getResourceAsStream("/trade-samples/comptab-2014-part1.csv")),
                StandardCharsets.UTF_8))) {
            sample.readLine();
            for (String line = sample.readLine(); line != null; line = sample.readLine()) {
                String[] fields = line.split(",", -1);
                if (fields.length == 16 && fields[1].matches("I|II|III") && fields[14].matches("[A-Z]")
                        && fields[15].matches("[A-Z]")) {
                    taxa.add(new Taxon(fields[2], fields[1], fields[14], fields[15]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int taxa() {
        return taxa.size();
    }

    /** Writes {@code count} exporter's lines of the Party for the year, in COPY text format (tab separated). */
    void write(String party, int year, int count, Writer out) throws IOException {
        for (int i = 0; i < count; i++) {
            Taxon taxon = taxa.get(random.nextInt(taxa.size()));
            CodeLists.CodePair termUnit = termUnits.get(random.nextInt(termUnits.size()));
            String partner = countries.get(random.nextInt(countries.size()));
            String origin = random.nextInt(4) == 0 ? countries.get(random.nextInt(countries.size())) : null;
            String quantity = random.nextInt(3) == 0 ? (random.nextInt(100_000) / 100.0) + "" : 1 + random.nextInt(500) + "";
            String number = "%s%s%02d-%07d".formatted(party, PERMIT_PREFIX, year % 100, i / 2);
            out.write(String.join("\t", new UUID(random.nextLong(), random.nextLong()).toString(), i % 2 == 0 ? "A" : "B",
                    party, "E", "EXPORT", Integer.toString(year), taxon.appendix(), taxon.name(), termUnit.first(),
                    quantity, nullable(termUnit.second().isEmpty() ? null : termUnit.second()), partner,
                    nullable(origin), "\\N", number, nullable(origin == null ? null : origin + "-" + (i % 9973)), "\\N",
                    "\\N", taxon.purpose(), taxon.source(), random.nextInt(3) == 0 ? "PERMIT" : "ACTUAL", "\\N"));
            out.write('\n');
        }
    }

    private static String nullable(String value) {
        return value == null ? "\\N" : value;
    }
}
