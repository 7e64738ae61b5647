package org.ecites.reference;

import static org.ecites.reference.SpeciesPlusCsv.field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The trade suspensions in force, from the Species+ suspension export (IsCurrent, Kingdom, Rank, RecID,
 * ISO code, StartNotificationID, EndNotificationID, Notes, ExcludedTaxa): taxa by RecID (none: every
 * species), exceptions as "RANK:RecID" lists, periods by notification number only. Only the current
 * suspensions are read; the export carries no dates for the ended ones.
 */
public final class SapiSuspensions {

    private static final String BUNDLED = "checklist/sapi_cites_suspensions_utf8.csv";
    private static final List<String> KINGDOMS = List.of("Animalia", "Plantae");

    private SapiSuspensions() {
    }

    /**
     * @param scientificName the suspended taxon, or null for every species
     * @param excludedNames species the suspension names as exceptions
     * @param notification the number of the Notification to the Parties that started it
     * @param text what is suspended, in the Standing Committee's words (without the export's HTML tags)
     */
    public record Suspension(String party, String scientificName, List<String> excludedNames, String notification,
            String text) {
    }

    /** @param skipped current rows without a Party or naming a taxon the checklist does not have */
    public record Import(List<Suspension> suspensions, int skipped) {
    }

    public static byte[] bundledFile() {
        return SpeciesPlusCsv.bundled(BUNDLED);
    }

    /** @throws IllegalArgumentException when the file is not CSV of that shape */
    public static Import read(byte[] csv, Checklist checklist) {
        List<Suspension> suspensions = new ArrayList<>();
        int skipped = 0;
        for (Map<String, String> row : SpeciesPlusCsv.rows(csv, "IsCurrent", "suspension")) {
            if (!"1".equals(field(row, "IsCurrent"))) {
                continue;
            }
            Optional<Suspension> suspension = suspension(row, checklist);
            if (suspension.isPresent()) {
                suspensions.add(suspension.get());
            } else {
                skipped++;
            }
        }
        return new Import(List.copyOf(suspensions), skipped);
    }

    private static Optional<Suspension> suspension(Map<String, String> row, Checklist checklist) {
        String party = field(row, "ISO code");
        if (party.length() != 2) {
            return Optional.empty();
        }
        List<String> excluded = Arrays.stream(field(row, "ExcludedTaxa").split(","))
                .map(String::strip).filter(taxon -> taxon.contains(":"))
                .map(taxon -> name(checklist, "", taxon.substring(0, taxon.indexOf(':')),
                        taxon.substring(taxon.indexOf(':') + 1)))
                .flatMap(Optional::stream).toList();
        Suspension suspension = new Suspension(party, null, excluded, field(row, "StartNotificationID"),
                field(row, "Notes").replaceAll("<[^>]+>", ""));
        if (field(row, "RecID").isEmpty()) {
            return Optional.of(suspension);
        }
        return name(checklist, field(row, "Kingdom"), field(row, "Rank"), field(row, "RecID"))
                .map(taxon -> new Suspension(party, taxon, excluded, suspension.notification(), suspension.text()));
    }

    /** A taxon by RecID; rows that leave the kingdom out are looked up in both. */
    private static Optional<String> name(Checklist checklist, String kingdom, String rank, String recId) {
        return (kingdom.isEmpty() ? KINGDOMS.stream() : Stream.of(kingdom))
                .map(k -> checklist.nameOf(k, rank, recId)).flatMap(Optional::stream).findFirst();
    }
}
