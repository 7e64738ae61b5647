package org.ecites.report.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A Party's report for a year: whether it is submitted (then immutable, with the SHA-256 of its exporter's
 * and importer's CSV views, in that order), the deadline, how many lines rest on actual trade and how many on
 * permits, and totals per trading partner and per term and unit.
 *
 * @param status DRAFT or SUBMITTED
 */
public record ReportSummary(String party, int year, String status, LocalDate deadline, boolean overdue,
        Instant submittedAt, String submittedBy, String sha256, List<BasisCount> lines, List<PartnerTotal> partners,
        List<TermTotal> terms) {

    /** Read from the copy made at submission, never from the live lines. */
    public boolean submitted() {
        return sha256 != null;
    }

    /** @param basis ACTUAL (customs recorded it) or PERMIT (the permitted quantity) */
    public record BasisCount(String pointOfView, String basis, long lines) {
    }

    public record PartnerTotal(String pointOfView, String partner, long lines, long actual) {
    }

    /** @param unit blank for a number of specimens */
    public record TermTotal(String pointOfView, String term, String unit, BigDecimal quantity, long lines) {
    }

    public record TaxonTotal(String pointOfView, String species, String term, String unit, BigDecimal quantity,
            long lines, long actual) {
    }
}
