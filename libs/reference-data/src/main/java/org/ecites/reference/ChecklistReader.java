package org.ecites.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecites.reference.Checklist.Taxon;
import org.ecites.reference.Checklist.TaxonKey;

/**
 * Reads a checklist in the shape of the Species+ (SAPI) export: per kingdom a taxa file (Scientific name,
 * Rank, RecID, ParentRank, ParentRecID, Status) and a legislation file (rank_name, rec_id, listing,
 * effective_from as dd/mm/yyyy, party_iso2, populations_iso2, EXCLUDEDpopulations_iso, excluded_rec_ids,
 * short_note_en, hash_note). Taxa of other conventions in the same export (Designation CMS only) are left out.
 * Reservations by single Parties (listings ending /r or /w) do not change the appendix and are skipped. An
 * inclusion row (is_inclusion = 1) says that from its date the higher taxon's listing decides.
 */
public final class ChecklistReader {

    private static final CsvMapper CSV = new CsvMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ChecklistReader() {
    }

    /** The two files of one kingdom, as bytes. */
    public record Files(byte[] taxa, byte[] legislation) {

        static Files bundled(String kingdom) {
            return new Files(resource("checklist/sapi_" + kingdom + "_taxa_utf8.csv"),
                    resource("checklist/sapi_" + kingdom + "_legislation_utf8.csv"));
        }

        private static byte[] resource(String name) {
            try (InputStream in = ChecklistReader.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("reference file " + name + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @throws IllegalArgumentException naming the file, line and column of the first unreadable value */
    public static Checklist read(Map<String, Files> kingdoms) {
        Map<TaxonKey, Taxon> taxa = new HashMap<>();
        Map<TaxonKey, List<ListingEvent>> history = new HashMap<>();
        kingdoms.forEach((kingdom, files) -> {
            for (Map<String, String> row : rows(files.taxa(), kingdom + " taxa")) {
                if (!row.getOrDefault("Designation", "CITES").contains("CITES")) {
                    continue; // a CMS-only concept: never listed in CITES, and it would shadow the CITES one of the same name
                }
                TaxonKey key = key(kingdom, required(row, "Rank"), required(row, "RecID"));
                taxa.put(key, new Taxon(key, required(row, "Scientific name").strip(),
                        key(kingdom, row.getOrDefault("ParentRank", ""), row.getOrDefault("ParentRecID", "")),
                        row.getOrDefault("Status", "A")));
            }
            int line = 1;
            for (Map<String, String> row : rows(files.legislation(), kingdom + " legislation")) {
                line++;
                String listing = required(row, "listing").strip();
                if (listing.contains("/")) {
                    continue;
                }
                history.computeIfAbsent(key(kingdom, required(row, "rank_name"), required(row, "rec_id")),
                        k -> new ArrayList<>()).add(event(row, listing, kingdom + " legislation line " + line));
            }
        });
        return new Checklist(taxa, history);
    }

    private static ListingEvent event(Map<String, String> row, String listing, String where) {
        boolean deletion = listing.startsWith("DEL");
        String appendix = deletion ? listing.substring(3) : listing;
        if (!Set.of("I", "II", "III").contains(appendix)) {
            throw new IllegalArgumentException(where + ": unknown listing '" + listing + "'");
        }
        try {
            return new ListingEvent(appendix, deletion, "1".equals(row.get("is_inclusion")), LocalDate.parse(required(row, "effective_from").strip(), DAY),
                    row.getOrDefault("party_iso2", "").strip(), countries(row.get("populations_iso2")),
                    countries(row.get("EXCLUDEDpopulations_iso")), excludedTaxa(row.get("excluded_rec_ids")),
                    row.getOrDefault("short_note_en", "").strip(), row.getOrDefault("hash_note", "").strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": effective_from '" + row.get("effective_from")
                    + "' is not a dd/mm/yyyy date", e);
        }
    }

    private static TaxonKey key(String kingdom, String rank, String recId) {
        return new TaxonKey(kingdom, rank.strip().toUpperCase(Locale.ROOT), recId.strip());
    }

    private static Set<String> countries(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** "GENUS: 821, SPECIES: 147981" as rank:recId keys of the taxa a listing leaves out. */
    private static Set<String> excludedTaxa(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(entry -> entry.replace(" ", "").toUpperCase(Locale.ROOT))
                .filter(entry -> entry.contains(":")).collect(Collectors.toSet());
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new IllegalArgumentException("column '" + column + "' is missing");
        }
        return value;
    }

    private static List<Map<String, String>> rows(byte[] csv, String what) {
        try {
            MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(new ByteArrayInputStream(csv));
            return it.readAll();
        } catch (IOException e) {
            throw new IllegalArgumentException("the " + what + " file is not readable CSV: " + e.getMessage(), e);
        }
    }
}
