package org.ecites.reference;

import static org.ecites.reference.SpeciesPlusCsv.field;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * National export quotas in the shape of the Species+ quota export (Kingdom, RecId, Rank, ISO code,
 * Quota, Unit, Year, Notes, Terms, Sources): taxa by RecID, several terms or sources sharing one quota.
 * The bundled file is the 2013 seed (quotas of 1997 to 2013); an administrator loads newer exports.
 */
public final class SapiQuotas {

    private static final String BUNDLED = "checklist/sapi_quotas_utf8.csv";
    /** Species+ writes -1 for a quota announced but not yet set: there is nothing to draw on. */
    private static final String NOT_SET = "-1";

    private SapiQuotas() {
    }

    /** One Party's quota for a taxon and year; empty terms or sources mean all of them. */
    public record NationalQuota(String party, int year, String scientificName, List<String> terms,
            List<String> sources, BigDecimal quantity, String unit, String notes) {

        /** What makes two rows the same quota: a later row for it replaces an earlier one. */
        List<Object> key() {
            return List.of(party, year, scientificName.toLowerCase(Locale.ROOT), terms, sources,
                    unit == null ? "" : unit);
        }
    }

    /**
     * @param skipped rows without a quota, year or Party, naming a taxon the checklist does not have, or
     *                replaced by a later row for the same quota
     */
    public record Import(List<NationalQuota> quotas, int skipped) {
    }

    public static byte[] bundledFile() {
        return SpeciesPlusCsv.bundled(BUNDLED);
    }

    /** @throws IllegalArgumentException when the file is not CSV of that shape */
    public static Import read(byte[] csv, Checklist checklist) {
        Map<List<Object>, NationalQuota> quotas = new LinkedHashMap<>();
        int rows = 0;
        for (Map<String, String> row : SpeciesPlusCsv.rows(csv, "RecId", "quota")) {
            rows++;
            quota(row, checklist).ifPresent(quota -> quotas.put(quota.key(), quota));
        }
        return new Import(List.copyOf(quotas.values()), rows - quotas.size());
    }

    private static Optional<NationalQuota> quota(Map<String, String> row, Checklist checklist) {
        String quantity = field(row, "Quota");
        String year = field(row, "Year");
        String party = field(row, "ISO code");
        if (quantity.isEmpty() || NOT_SET.equals(quantity) || year.isEmpty() || party.length() != 2) {
            return Optional.empty();
        }
        String unit = field(row, "Unit").toUpperCase(Locale.ROOT);
        String notes = field(row, "Notes");
        try {
            int quotaYear = Integer.parseInt(year);
            BigDecimal amount = new BigDecimal(quantity);
            return checklist.nameOf(field(row, "Kingdom"), field(row, "Rank"), field(row, "RecId"))
                    .map(name -> new NationalQuota(party, quotaYear, name, codes(field(row, "Terms")),
                            codes(field(row, "Sources")), amount, unit.isEmpty() ? null : unit,
                            notes.isEmpty() ? null : notes));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> codes(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(code -> !code.isEmpty()).sorted().toList();
    }
}
