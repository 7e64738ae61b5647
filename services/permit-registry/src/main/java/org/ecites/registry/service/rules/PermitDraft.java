package org.ecites.registry.service.rules;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.ecites.events.DocumentType;
import org.ecites.reference.Checklist;
import org.ecites.reference.Listing;
import org.ecites.registry.service.PermitApplication;

/**
 * An application to issue, with what the rules need to know around it: who issues it, and when; and how the
 * checklist reads each block, resolved once for the species rule, the annotation rule and the document.
 */
public final class PermitDraft {

    private final PermitApplication application;
    private final String issuingParty;
    private final LocalDate today;
    private final Map<PermitApplication.Item, Listing.Lookup> lookups = new IdentityHashMap<>();

    public PermitDraft(PermitApplication application, String issuingParty, LocalDate today) {
        this.application = application;
        this.issuingParty = issuingParty;
        this.today = today;
    }

    public PermitApplication application() {
        return application;
    }

    public String issuingParty() {
        return issuingParty;
    }

    public LocalDate today() {
        return today;
    }

    public DocumentType type() {
        return application.documentType();
    }

    /** Whether the issuing Party is the importing one (import permits) rather than the exporting one. */
    public boolean issuedByImporter() {
        return application.documentType() == DocumentType.IMPORT;
    }

    public String exporterCountry() {
        String given = application.exporter().country();
        return given == null && !issuedByImporter() ? issuingParty : given;
    }

    public String importerCountry() {
        String given = application.importer().country();
        return given == null && issuedByImporter() ? issuingParty : given;
    }

    public boolean isExport() {
        return application.documentType() == DocumentType.EXPORT;
    }

    public boolean isReExport() {
        return application.documentType() == DocumentType.RE_EXPORT;
    }

    /** The country whose population a block's specimens belong to: its origin (box 12), else the exporter's. */
    public String countryOfSpecimens(PermitApplication.Item item) {
        return item.originCountry() != null ? item.originCountry() : exporterCountry();
    }

    /** How the checklist reads the block's box 7, for the population of its specimens, on the day of issue. */
    public Listing.Lookup listingOf(PermitApplication.Item item, Checklist checklist) {
        return lookups.computeIfAbsent(item, i -> checklist.listingOn(i.scientificName(), today, countryOfSpecimens(i)));
    }

    /** Hands each block to the check with its JSON path prefix, e.g. {@code lineItems[1].}. */
    public void forEachItem(BiConsumer<PermitApplication.Item, String> check) {
        for (int i = 0; i < application.lineItems().size(); i++) {
            check.accept(application.lineItems().get(i), "lineItems[" + i + "].");
        }
    }
}
