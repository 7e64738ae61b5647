package org.ecites.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The CSV exports of Species+ (quotas, suspensions): rows by column name, and the copies bundled here. */
final class SpeciesPlusCsv {

    private SpeciesPlusCsv() {
    }

    static byte[] bundled(String path) {
        try (InputStream in = SpeciesPlusCsv.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the bundled file " + path + " is missing", e);
        }
    }

    /** @throws IllegalArgumentException when the text is not CSV with a header naming {@code requiredColumn} */
    static List<Map<String, String>> rows(byte[] csv, String requiredColumn, String what) {
        String header = new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        if (Arrays.stream(header.split(",")).map(String::strip).noneMatch(requiredColumn::equals)) {
            throw new IllegalArgumentException("not a Species+ " + what + " export: no " + requiredColumn
                    + " column");
        }
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        } catch (IOException e) {
            throw new IllegalArgumentException("the " + what + " file is not readable CSV: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e instanceof IllegalArgumentException ? e : new IllegalArgumentException(
                    "the " + what + " file is not a Species+ " + what + " export: " + e.getMessage(), e);
        }
    }

    static String field(Map<String, String> row, String name) {
        String value = row.get(name);
        return value == null ? "" : value.strip();
    }
}
