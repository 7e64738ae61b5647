package org.ecites.registry.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.ecites.reference.Checklist;
import org.ecites.reference.ChecklistReader;

/** The species checklist the rules check against: the bundled Species+ export, or a newer load. */
@ApplicationScoped
public class ChecklistHolder extends VersionedReference<Checklist> {

    public static final String SPECIES_PLUS_FILE = "species-plus.json";

    public Checklist checklist() {
        return current();
    }

    @Override
    protected String kind() {
        return ReferenceLoad.CHECKLIST;
    }

    @Override
    protected Checklist bundled() {
        return Checklist.bundled();
    }

    /** An uploaded export, or a Species+ response laid over the load before it. */
    @Override
    protected Checklist read(ReferenceLoad load, Map<String, byte[]> files) {
        if (ReferenceLoad.SPECIES_PLUS.equals(load.source)) {
            ReferenceLoad base = QuarkusTransaction.joiningExisting().call(() -> ReferenceLoad.<ReferenceLoad>find(
                    "kind = ?1 and id < ?2 order by id desc", load.kind, load.id).firstResult());
            return valueOf(base).withSpeciesPlus(files.get(SPECIES_PLUS_FILE));
        }
        return ChecklistReader.read(ChecklistUpload.kingdoms(files));
    }

    @Override
    protected String summary(Checklist checklist) {
        return checklist.taxonCount() + " taxa, " + checklist.listingCount() + " listing entries";
    }
}
