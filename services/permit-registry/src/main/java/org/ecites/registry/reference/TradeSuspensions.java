package org.ecites.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the suspension that stops an export, through the species' higher taxa in the checklist in force. */
@ApplicationScoped
public class TradeSuspensions {

    private final ChecklistHolder checklists;

    TradeSuspensions(ChecklistHolder checklists) {
        this.checklists = checklists;
    }

    /** The suspension in force that stops this export from the Party, the most specific one first. */
    public Optional<TradeSuspension> stopping(String party, String species, LocalDate day, String purpose) {
        List<String> lineage = checklists.checklist().lineage(species).stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        List<TradeSuspension> inForce = TradeSuspension.list("party = ?1 and (startsOn is null or startsOn <= ?2)"
                + " and (endsOn is null or endsOn >= ?2) and (scientificName is null"
                + " or lower(scientificName) in " + Lineage.placeholders(3, lineage) + ")",
                Lineage.arguments(lineage, party, day));
        return inForce.stream()
                .filter(suspension -> suspension.scope.stops(purpose))
                .filter(suspension -> suspension.excludedNames.stream()
                        .noneMatch(excepted -> lineage.contains(excepted.toLowerCase(Locale.ROOT))))
                .min(Comparator.comparingInt(suspension -> suspension.scientificName == null ? lineage.size()
                        : lineage.indexOf(suspension.scientificName.toLowerCase(Locale.ROOT))));
    }
}
