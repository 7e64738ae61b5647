package org.ecites.registry.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;

/**
 * Loads the reference data the rules check against when a registry starts, side by side where one does not need
 * the other: the code lists beside the checklist, then the Species+ quotas beside the suspensions, both named
 * through the checklist. Reading the bundled checklist and code lists is most of that work: it starts on threads
 * of their own as soon as the container is up, beside the database's, Hibernate's and Kafka's start.
 */
@ApplicationScoped
class ReferenceDataAtStart {

    void readBundledEarly(@Observes @Initialized(ApplicationScoped.class) Object containerUp, CodeListHolder codeLists,
            ChecklistHolder checklists) {
        codeLists.startReadingBundled();
        checklists.startReadingBundled();
    }

    void load(@Observes StartupEvent start, CodeListHolder codeLists, ChecklistHolder checklists, QuotaImport quotas,
            SuspensionImport suspensions) {
        CompletableFuture<Void> codes = CompletableFuture.runAsync(codeLists::recordBundledOnFirstStart);
        checklists.recordBundledOnFirstStart();
        CompletableFuture<Void> quotasLoaded = CompletableFuture.runAsync(quotas::loadBundledOnFirstStart);
        suspensions.loadBundledOnFirstStart();
        CompletableFuture.allOf(codes, quotasLoaded).join();
    }
}
