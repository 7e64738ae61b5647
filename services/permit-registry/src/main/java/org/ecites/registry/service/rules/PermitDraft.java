package org.ecites.registry.service.rules;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.ecites.events.DocumentType;
import org.ecites.reference.Checklist;
import org.ecites.reference.Listing;
import org.ecites.registry.rest.IssuePermitRequest;

/** A request to issue, with what the rules need to know around it: who issues it, and when. */
public record PermitDraft(IssuePermitRequest request, String issuingParty, LocalDate today) {

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
        return checklist.listingOn(item.scientificName(), today, countryOfSpecimens(item));
    }

    /** Hands each block to the check with its JSON path prefix, e.g. {@code lineItems[1].}. */
    public void forEachItem(BiConsumer<IssuePermitRequest.Item, String> check) {
        for (int i = 0; i < request.lineItems().size(); i++) {
            check.accept(request.lineItems().get(i), "lineItems[" + i + "].");
        }
    }
}
