package org.ecites.events;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One block (A, B, C ...) of boxes 7 to 12 of the standard form.
 *
 * @param description box 9: description of the specimens, including marks or numbers
 * @param quotaUsedToDate box 11a: what the exporting Party's quota for this species, term and year had
 *                        used before this document, or null when no quota applies
 * @param annualQuota box 11a: that quota, or null
 * @param originCountry box 12: country of origin
 * @param originPermitNumber box 12: the origin country's export permit
 * @param lastReExportCountry box 12a: country of last re-export
 * @param lastReExportCertificateNumber box 12a: its re-export certificate
 * @param registeredOperation box 12b: number of the operation registered with the Secretariat
 * @param acquisitionDate box 12b: date of acquisition, for pre-Convention specimens
 * @param checklistName the name the checklist holds for box 7 as written (the accepted name of a synonym,
 *                      the genus of a species it does not name); null in events of older producers
 * @param listingNote how the checklist read the name ("synonym of ...", "covered by ORCHIDACEAE spp. ..."),
 *                    or null when it names it as written
 */
public record LineItem(
        String itemId,
        String scientificName,
        String commonName,
        String description,
        String appendix,
        String source,
        String term,
        BigDecimal quantity,
        String unit,
        BigDecimal quotaUsedToDate,
        BigDecimal annualQuota,
        String originCountry,
        String originPermitNumber,
        LocalDate originPermitDate,
        String lastReExportCountry,
        String lastReExportCertificateNumber,
        LocalDate lastReExportDate,
        String registeredOperation,
        LocalDate acquisitionDate,
        String checklistName,
        String listingNote) {
}
