package org.ecites.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.ecites.platform.problem.ProblemException;
import org.ecites.reference.Checklist;
import org.ecites.reference.ChecklistReader;

/** An administrator's refresh of the checklist, without a release: read in full first, then recorded. */
@ApplicationScoped
public class ChecklistImport {

    private final ChecklistHolder holder;

    ChecklistImport(ChecklistHolder holder) {
        this.holder = holder;
    }

    @Transactional
    public ReferenceLoad importExport(ChecklistUpload upload, String admin) {
        Checklist checklist = readable("kingdoms", () -> ChecklistReader.read(ChecklistUpload.kingdoms(upload.files())));
        return holder.record(upload.version(), ReferenceLoad.CSV, admin, checklist, upload.files());
    }

    @Transactional
    public ReferenceLoad importSpeciesPlus(String version, byte[] response, String admin) {
        Checklist checklist = readable("$", () -> holder.checklist().withSpeciesPlus(response));
        return holder.record(version, ReferenceLoad.SPECIES_PLUS, admin, checklist,
                Map.of(ChecklistHolder.SPECIES_PLUS_FILE, response));
    }

    private static Checklist readable(String field, java.util.function.Supplier<Checklist> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, e.getMessage());
        }
    }
}
