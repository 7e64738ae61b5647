package org.ecites.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The annotation coverage data against every annotation in force in the bundled checklist and their texts. */
class AnnotationCoverageTest {

    private static final AnnotationCoverage COVERAGE = AnnotationCoverage.bundled();

    @Test
    void everyAnnotationInForceIsReadAndEveryClauseIsTakenFromItsText() throws IOException {
        Set<String> inForce = new TreeSet<>();
        for (String kingdom : List.of("animalia", "plantae")) {
            rows("checklist/sapi_" + kingdom + "_legislation_utf8.csv").stream()
                    .filter(row -> "1".equals(row.get("is_current")) && !row.get("hash_note").isBlank())
                    .forEach(row -> inForce.add(row.get("hash_note").strip()));
        }
        Map<String, String> texts = rows("checklist/sapi_hash_annotations_cites_utf8.csv").stream()
                .collect(Collectors.toMap(row -> row.get("For Display").strip(), row -> plain(row.get("Text")), (a, b) -> a));

        assertThat(inForce).hasSizeGreaterThan(20);
        assertThat(COVERAGE.annotations()).containsAll(inForce);
        for (String annotation : COVERAGE.annotations()) {
            assertThat(texts).containsKey(annotation);
            COVERAGE.clauses(annotation).forEach(clause -> assertThat(texts.get(annotation))
                    .as("%s is read from its text", annotation).contains(plain(clause)));
        }
    }

    @Test
    void theOrchidAndCactusAnnotationExemptsArtificiallyPropagatedCutFlowersButNotWildOnes() {
        List<String> orchid = List.of("Bulbophyllum inventum", "Bulbophyllum", "ORCHIDACEAE");
        assertThat(COVERAGE.notCovered("CoP15 #4", "FLO", "A", orchid, "TH")).get().asString()
                .contains("cut flowers of artificially propagated plants");
        assertThat(COVERAGE.notCovered("CoP15 #4", "FLO", "W", orchid, "TH")).isEmpty();
        assertThat(COVERAGE.notCovered("CoP15 #4", "LIV", "A", orchid, "TH")).isEmpty();
        assertThat(COVERAGE.notCovered("CoP15 #4", "SEE", "W", List.of("Echinopsis x", "Echinopsis", "CACTACEAE"), "AR"))
                .isPresent();
        assertThat(COVERAGE.notCovered("CoP15 #4", "SEE", "W", List.of("Echinopsis x", "Echinopsis", "CACTACEAE"), "MX"))
                .as("seeds of cacti exported from Mexico stay covered").isEmpty();
    }

    @Test
    void aTimberAnnotationCoversOnlyTheTermsItDesignates() {
        assertThat(COVERAGE.notCovered("CoP16 #6", "LOG", "W", List.of("Dalbergia retusa"), "GT")).isEmpty();
        assertThat(COVERAGE.notCovered("CoP16 #6", "CAR", "W", List.of("Dalbergia retusa"), "GT")).get().asString()
                .contains("designates only logs, sawn wood, veneer sheets and plywood");
        assertThat(COVERAGE.notCovered("CoP99 #1", "CAR", "W", List.of("Dalbergia retusa"), "GT"))
                .as("an annotation not yet read covers everything").isEmpty();
    }

    private static String plain(String text) {
        return text.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT).strip();
    }

    private static List<Map<String, String>> rows(String resource) throws IOException {
        try (InputStream in = AnnotationCoverage.class.getResourceAsStream(resource)) {
            MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(in);
            return rows.readAll();
        }
    }
}
