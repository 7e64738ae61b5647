package org.ecites.registry.service.rules;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.ecites.events.DocumentType;
import org.ecites.reference.Checklist;
import org.ecites.reference.Listing;
import org.ecites.registry.rest.IssuePermitRequest;

/**
 * A request to issue, with what the rules need to know around it: who issues it, and when; and how the
 * checklist reads each block, resolved once for the species rule, the annotation rule and the document.
 */
public final class PermitDraft {

    private final IssuePermitRequest request;
    private final String issuingParty;
    private final LocalDate today;
    private final Map<IssuePermitRequest.Item, Listing.Lookup> lookups = new IdentityHashMap<>();

    public PermitDraft(IssuePermitRequest request, String issuingParty, LocalDate today) {
        this.request = request;
        this.issuingParty = issuingParty;
        this.today = today;
    }

    public IssuePermitRequest request() {
        return request;
    }

    public String issuingParty() {
        return issuingParty;
    }

    public LocalDate today() {
        return today;
    }

    public DocumentType type() {
        return request.documentType();
    }

    /** Whether the issuing Party is the importing one (import permits) rather than the exporting one. */
    public boolean issuedByImporter() {
        return request.documentType() == DocumentType.IMPORT;
    }

    public String exporterCountry() {
        String given = request.exporter().country();
        return given == null && !issuedByImporter() ? issuingParty : given;
    }

    public String importerCountry() {
        String given = request.importer().country();
        return given == null && issuedByImporter() ? issuingParty : given;
    }

    public boolean isExport() {
        return request.documentType() == DocumentType.EXPORT;
    }

    public boolean isReExport() {
        return request.documentType() == DocumentType.RE_EXPORT;
    }

    /** The country whose population a block's specimens belong to: its origin (box 12), else the exporter's. */
    public String countryOfSpecimens(IssuePermitRequest.Item item) {
        return item.originCountry() != null ? item.originCountry() : exporterCountry();
    }

    /** How the checklist reads the block's box 7, for the population of its specimens, on the day of issue. */
    public Listing.Lookup listingOf(IssuePermitRequest.Item item, Checklist checklist) {
        return lookups.computeIfAbsent(item, i -> checklist.listingOn(i.scientificName(), today, countryOfSpecimens(i)));
    }

    /** Hands each block to the check with its JSON path prefix, e.g. {@code lineItems[1].}. */
    public void forEachItem(BiConsumer<IssuePermitRequest.Item, String> check) {
        for (int i = 0; i < request.lineItems().size(); i++) {
            check.accept(request.lineItems().get(i), "lineItems[" + i + "].");
        }
    }
}
