package org.ecites.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the suspension that stops an export, through the species' higher taxa in the checklist in force.
 * A Party's suspensions are read once and kept until the suspensions change.
 */
@ApplicationScoped
public class TradeSuspensions {

    /** A suspension as the rules read it; kept across requests, so not an entity. */
    public record Suspension(String party, String scientificName, List<String> excludedNames, LocalDate startsOn,
            LocalDate endsOn, SuspensionScope scope, String reference, String description) {

        static Suspension of(TradeSuspension row) {
            return new Suspension(row.party, row.scientificName,
                    row.excludedNames.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList(), row.startsOn,
                    row.endsOn, row.scope, row.reference, row.description);
        }

        public String since() {
            return startsOn != null ? startsOn.toString() : reference;
        }

        boolean inForceOn(LocalDate day) {
            return (startsOn == null || !startsOn.isAfter(day)) && (endsOn == null || !endsOn.isBefore(day));
        }

        /** Its place in the species' lineage, the species first; a suspension of every species comes last. */
        int rankIn(List<String> lineage) {
            return scientificName == null ? lineage.size() : lineage.indexOf(scientificName.toLowerCase(Locale.ROOT));
        }
    }

    private final ChecklistHolder checklists;
    private final NotifiedCache<String, List<Suspension>> byParty;

    TradeSuspensions(ChecklistHolder checklists, ReferenceChanges changes) {
        this.checklists = checklists;
        this.byParty = new NotifiedCache<>(changes);
    }

    /** The suspension in force that stops this export from the Party, the most specific one first. */
    public Optional<Suspension> stopping(String party, String species, LocalDate day, String purpose) {
        List<String> lineage = checklists.checklist().lineage(species).stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return byParty.get(party, TradeSuspensions::of).stream()
                .filter(suspension -> suspension.inForceOn(day) && suspension.rankIn(lineage) >= 0)
                .filter(suspension -> suspension.scope().stops(purpose))
                .filter(suspension -> suspension.excludedNames().stream().noneMatch(lineage::contains))
                .min(Comparator.comparingInt(suspension -> suspension.rankIn(lineage)));
    }

    private static List<Suspension> of(String party) {
        return TradeSuspension.<TradeSuspension>list("party", party).stream().map(Suspension::of).toList();
    }
}
