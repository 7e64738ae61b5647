package org.ecites.registry.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ecites.events.LineItem;

/** One block of boxes 7 to 12, with the findings the export rests on (kept by the MA, not published). */
@Embeddable
public class PermitLineItem {

    @Column(name = "item_id")
    public String itemId;
    @Column(name = "scientific_name")
    public String scientificName;
    @Column(name = "common_name")
    public String commonName;
    public String description;
    public String appendix;
    public String source;
    public String term;
    public BigDecimal quantity;
    public String unit;
    @Column(name = "quota_used_to_date")
    public BigDecimal quotaUsedToDate;
    @Column(name = "annual_quota")
    public BigDecimal annualQuota;
    @Column(name = "origin_country")
    public String originCountry;
    @Column(name = "origin_permit_number")
    public String originPermitNumber;
    @Column(name = "origin_permit_date")
    public LocalDate originPermitDate;
    @Column(name = "last_re_export_country")
    public String lastReExportCountry;
    @Column(name = "last_re_export_certificate_number")
    public String lastReExportCertificateNumber;
    @Column(name = "last_re_export_date")
    public LocalDate lastReExportDate;
    @Column(name = "checklist_name")
    public String checklistName;
    @Column(name = "listing_note")
    public String listingNote;
    @Column(name = "registered_operation")
    public String registeredOperation;
    @Column(name = "acquisition_date")
    public LocalDate acquisitionDate;
    @Column(name = "non_detriment_finding")
    public String nonDetrimentFinding;
    @Column(name = "legal_acquisition_finding")
    public String legalAcquisitionFinding;

    public static PermitLineItem of(LineItem item, Findings findings) {
        PermitLineItem entity = new PermitLineItem();
        entity.itemId = item.itemId();
        entity.scientificName = item.scientificName();
        entity.commonName = item.commonName();
        entity.description = item.description();
        entity.appendix = item.appendix();
        entity.source = item.source();
        entity.term = item.term();
        entity.quantity = item.quantity();
        entity.unit = item.unit();
        entity.quotaUsedToDate = item.quotaUsedToDate();
        entity.annualQuota = item.annualQuota();
        entity.originCountry = item.originCountry();
        entity.originPermitNumber = item.originPermitNumber();
        entity.originPermitDate = item.originPermitDate();
        entity.lastReExportCountry = item.lastReExportCountry();
        entity.lastReExportCertificateNumber = item.lastReExportCertificateNumber();
        entity.lastReExportDate = item.lastReExportDate();
        entity.registeredOperation = item.registeredOperation();
        entity.acquisitionDate = item.acquisitionDate();
        entity.checklistName = item.checklistName();
        entity.listingNote = item.listingNote();
        entity.nonDetrimentFinding = findings.nonDetriment();
        entity.legalAcquisitionFinding = findings.legalAcquisition();
        return entity;
    }

    public LineItem toLineItem() {
        return new LineItem(itemId, scientificName, commonName, description, appendix, source, term, quantity, unit,
                quotaUsedToDate, annualQuota, originCountry, originPermitNumber, originPermitDate, lastReExportCountry,
                lastReExportCertificateNumber, lastReExportDate, registeredOperation, acquisitionDate, checklistName,
                listingNote);
    }
}
