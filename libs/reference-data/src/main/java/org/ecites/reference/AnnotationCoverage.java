package org.ecites.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the {@code #} annotations on parts and derivatives put inside CITES, read once from their texts into
 * data ({@code checklist/annotation_coverage.csv}): an annotation that DESIGNATES covers only its terms; one
 * that EXEMPTS covers every term but those its clauses name, for the sources and taxa they name, unless the
 * specimens are of a taxon exported from a country the clause excepts. An annotation without rows covers
 * everything: a newer one, until its row is written, is never read as an exemption.
 */
public final class AnnotationCoverage {

    enum Effect { DESIGNATES, EXEMPTS }

    record Clause(String annotation, Effect effect, Set<String> terms, Set<String> sources, Set<String> taxa,
            Map<String, String> unlessExportedFrom, String text) {

        boolean exempts(String term, String source, Set<String> lineage, String exporter) {
            return terms.contains(term) && (sources.isEmpty() || sources.contains(source))
                    && (taxa.isEmpty() || taxa.stream().anyMatch(lineage::contains))
                    && unlessExportedFrom.entrySet().stream().noneMatch(unless ->
                    lineage.contains(unless.getKey()) && unless.getValue().equals(exporter));
        }
    }

    private static final String FILE = "checklist/annotation_coverage.csv";

    private final Map<String, List<Clause>> byAnnotation;

    private AnnotationCoverage(List<Clause> clauses) {
        this.byAnnotation = clauses.stream().collect(Collectors.groupingBy(Clause::annotation));
    }

    public static AnnotationCoverage bundled() {
        try (InputStream in = AnnotationCoverage.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the jar");
            }
            MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            return new AnnotationCoverage(rows.readAll().stream().map(AnnotationCoverage::clause).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The annotations this data reads, e.g. "CoP15 #4". */
    public Set<String> annotations() {
        return byAnnotation.keySet();
    }

    /** The clause texts read for an annotation, as written in the data file. */
    public List<String> clauses(String annotation) {
        return byAnnotation.getOrDefault(annotation, List.of()).stream().map(Clause::text).toList();
    }

    /**
     * @param lineage the block's name and every higher taxon above it (see {@link Checklist#lineage})
     * @return why the block is outside CITES under the annotation, or empty when the annotation covers it
     */
    public Optional<String> notCovered(String annotation, String term, String source, List<String> lineage,
            String exporter) {
        List<Clause> clauses = byAnnotation.getOrDefault(annotation, List.of());
        Set<String> taxa = lineage.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Clause> designations = clauses.stream().filter(c -> c.effect() == Effect.DESIGNATES).toList();
        if (!designations.isEmpty() && designations.stream().noneMatch(c -> c.terms().contains(term))) {
            return Optional.of("annotation " + annotation + " designates only "
                    + designations.stream().map(Clause::text).collect(Collectors.joining("; ")));
        }
        return clauses.stream().filter(c -> c.effect() == Effect.EXEMPTS)
                .filter(c -> c.exempts(term, source, taxa, exporter)).findFirst()
                .map(c -> "annotation " + annotation + " exempts " + c.text());
    }

    private static Clause clause(Map<String, String> row) {
        return new Clause(row.get("annotation").strip(), Effect.valueOf(row.get("effect").strip()),
                codes(row.get("terms")), codes(row.get("sources")),
                Set.copyOf(list(row.get("taxa")).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()),
                list(row.get("unless")).stream().map(pair -> pair.split("@"))
                        .collect(Collectors.toMap(pair -> pair[0].strip().toLowerCase(Locale.ROOT), pair -> pair[1].strip())),
                row.get("clause").strip());
    }

    private static Set<String> codes(String field) {
        return Set.copyOf(list(field));
    }

    private static List<String> list(String field) {
        return field == null || field.isBlank() ? List.of()
                : Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
