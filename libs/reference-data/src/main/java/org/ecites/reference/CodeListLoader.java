package org.ecites.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ecites.reference.CodeLists.CodeName;
import org.ecites.reference.CodeLists.CodePair;

/** Reads the shipped CSV and TSV files; each file's first row names its columns. */
final class CodeListLoader {

    private static final CsvMapper CSV = new CsvMapper();

    private CodeListLoader() {
    }

    /** The files a set of code lists is read from, by name, each in the shape of the bundled one. */
    static final List<String> FILES = List.of("sapi_source_codes_utf8.csv", "source_codes_additions.csv",
            "sapi_purpose_codes_utf8.csv", "sapi_term_codes_utf8.csv", "sapi_unit_codes_utf8.csv",
            "sapi_term_unit_pairs_utf8.csv", "sapi_term_purpose_pairs_utf8.csv", "citesdb_cites_parties.tsv",
            "sapi_country_codes_en_es_fr_utf8.csv");

    static CodeLists read(Function<String, byte[]> files) {
        Map<String, CodeName> sources = codes(files, "sapi_source_codes_utf8.csv");
        sources.putAll(codes(files, "source_codes_additions.csv"));
        return new CodeLists(
                Map.copyOf(sources),
                Map.copyOf(codes(files, "sapi_purpose_codes_utf8.csv")),
                Map.copyOf(codes(files, "sapi_term_codes_utf8.csv")),
                Map.copyOf(codes(files, "sapi_unit_codes_utf8.csv")),
                pairs(files, "sapi_term_unit_pairs_utf8.csv"),
                pairs(files, "sapi_term_purpose_pairs_utf8.csv"),
                countries(files));
    }

    static byte[] bundled(String file) {
        try (InputStream in = CodeListLoader.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("reference file " + file + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + file, e);
        }
    }

    /** Files whose columns are: code, English name, French name, Spanish name. */
    private static Map<String, CodeName> codes(Function<String, byte[]> files, String file) {
        Map<String, CodeName> codes = new LinkedHashMap<>();
        for (List<String> row : rows(files, file, ',')) {
            if (row.size() < 4) {
                throw new IllegalArgumentException(file + ": every row needs a code and its English, French "
                        + "and Spanish names; row " + row + " has not");
            }
            codes.put(row.get(0).trim(), new CodeName(row.get(1), row.get(2), row.get(3)));
        }
        return codes;
    }

    private static Set<CodePair> pairs(Function<String, byte[]> files, String file) {
        Set<CodePair> pairs = new HashSet<>();
        for (List<String> row : rows(files, file, ',')) {
            pairs.add(new CodePair(row.get(0).trim(), row.size() > 1 ? row.get(1).trim() : ""));
        }
        return Set.copyOf(pairs);
    }

    /**
     * Countries and territories with an ISO code, named in English by the Parties list and in French and
     * Spanish by the SAPI list (English where it has none); the trade database's region codes are left out.
     */
    private static Map<String, CodeName> countries(Function<String, byte[]> files) {
        Map<String, List<String>> translations = new HashMap<>();
        for (List<String> row : rows(files, "sapi_country_codes_en_es_fr_utf8.csv", ',')) {
            translations.put(row.get(0).trim(), row);
        }
        Map<String, CodeName> countries = new LinkedHashMap<>();
        for (List<String> row : rows(files, "citesdb_cites_parties.tsv", '\t')) {
            if (row.size() > 3 && "FALSE".equals(row.get(3))) {
                List<String> names = translations.getOrDefault(row.get(1), List.of(row.get(1), row.get(0), row.get(0)));
                countries.put(row.get(1), new CodeName(row.get(0), names.get(1), names.get(2)));
            }
        }
        return Map.copyOf(countries);
    }

    private static List<List<String>> rows(Function<String, byte[]> files, String file, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withSkipFirstDataRow(true);
        try {
            MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                    .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                    .with(schema).readValues(files.apply(file));
            return it.readAll();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not readable CSV: " + e.getMessage(), e);
        }
    }
}
