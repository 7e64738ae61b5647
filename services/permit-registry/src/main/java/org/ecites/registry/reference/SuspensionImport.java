package org.ecites.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.ecites.reference.SapiSuspensions;

/**
 * The suspensions in force from Species+ suspension exports: a new export replaces every suspension an
 * earlier one loaded (those the Secretariat recorded by hand stay).
 */
@ApplicationScoped
public class SuspensionImport extends SpeciesPlusImport {

    public static final String KIND = "trade-suspensions";

    @Inject
    ReferenceChanges changes;

    SuspensionImport() {
        super(KIND, SapiSuspensions::bundledFile);
    }

    @Override
    protected String apply(byte[] csv, String loadedBy) {
        SapiSuspensions.Import loaded = SapiSuspensions.read(csv, checklists.checklist());
        TradeSuspension.delete("imported", true);
        changes.changeInThisTransaction();
        Instant now = Instant.now();
        int enforced = 0;
        for (SapiSuspensions.Suspension row : loaded.suspensions()) {
            TradeSuspension suspension = new TradeSuspension();
            suspension.party = row.party();
            suspension.scientificName = row.scientificName();
            suspension.excludedNames = row.excludedNames();
            suspension.reference = "Notification " + row.notification() + " (Species+)";
            suspension.scope = SuspensionScope.of(row.text());
            suspension.description = row.text();
            suspension.imported = true;
            suspension.recordedBy = loadedBy;
            suspension.recordedAt = now;
            suspension.persist();
            enforced += suspension.scope == SuspensionScope.NOT_ENFORCED ? 0 : 1;
        }
        return String.format("%,d suspensions in force (%,d applied by the rules), %,d rows skipped",
                loaded.suspensions().size(), enforced, loaded.skipped());
    }
}
