package org.ecites.registry.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecites.events.DocumentType;

/**
 * A document as the MA officer or the applicant filled it in, box by box: what the rules check and what a permit
 * is issued from. The service's own form, which the API's request maps to, so that the API can change without
 * changing what the rules read or what {@link StoredApplications} kept.
 */
public record PermitApplication(DocumentType documentType, Trader exporter, Trader importer, String purpose,
        String specialConditions, String importPermitNumber, LocalDate validUntil, String placeOfIssue,
        List<Item> lineItems) {

    /** Box 3 or box 4; the country may be left out on the issuing Party's side. */
    public record Trader(String name, String address, String country) {
    }

    /** Boxes 7 to 12 of one block, with the findings an export rests on. */
    public record Item(String scientificName, String commonName, String description, String appendix, String source,
            String term, BigDecimal quantity, String unit, String originCountry, String originPermitNumber,
            LocalDate originPermitDate, String lastReExportCountry, String lastReExportCertificateNumber,
            LocalDate lastReExportDate, String registeredOperation, LocalDate acquisitionDate,
            String nonDetrimentFinding, String legalAcquisitionFinding, Boolean confirmUnnamedSpecies,
            String notCoveredReason) {

        public boolean unnamedSpeciesConfirmed() {
            return Boolean.TRUE.equals(confirmUnnamedSpecies);
        }
    }
}
