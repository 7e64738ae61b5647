package org.ecites.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ecites.platform.problem.ProblemException;
import org.ecites.reference.Checklist;
import org.ecites.reference.ChecklistReader;
import org.ecites.reference.CodeLists;

/** An administrator's refresh of reference data, without a release: read in full first, then recorded. */
@ApplicationScoped
public class ReferenceImport {

    private final ChecklistHolder holder;
    private final CodeListHolder codeLists;

    ReferenceImport(ChecklistHolder holder, CodeListHolder codeLists) {
        this.holder = holder;
        this.codeLists = codeLists;
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

    /** A new version of the code lists: the files given replace those of the version in force. */
    @Transactional
    public ReferenceLoad importCodeLists(String version, Map<String, byte[]> changed, String admin) {
        Map<String, byte[]> files = new HashMap<>(codeLists.filesInForce());
        files.putAll(changed);
        CodeLists.fileNames().forEach(name -> files.computeIfAbsent(name, CodeLists::bundledFile));
        CodeLists lists = readable("files", () -> CodeLists.read(files, CodeLists::bundledFile));
        return codeLists.record(version, ReferenceLoad.CSV, admin, lists, files);
    }

    private static <T> T readable(String field, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, e.getMessage());
        }
    }
}
