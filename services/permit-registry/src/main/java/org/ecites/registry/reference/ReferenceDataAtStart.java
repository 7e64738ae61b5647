package org.ecites.registry.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;

/**
 * Loads the reference data the rules check against when a registry starts, side by side where one does not need
 * the other: the code lists beside the checklist, then the Species+ quotas beside the suspensions, both named
 * through the checklist. Reading the bundled files is most of a start's last seconds, on one thread each.
 */
@ApplicationScoped
class ReferenceDataAtStart {

    void load(@Observes StartupEvent start, CodeListHolder codeLists, ChecklistHolder checklists, QuotaImport quotas,
            SuspensionImport suspensions) {
        CompletableFuture<Void> codes = CompletableFuture.runAsync(codeLists::recordBundledOnFirstStart);
        checklists.recordBundledOnFirstStart();
        CompletableFuture<Void> quotasLoaded = CompletableFuture.runAsync(quotas::loadBundledOnFirstStart);
        suspensions.loadBundledOnFirstStart();
        CompletableFuture.allOf(codes, quotasLoaded).join();
    }
}
