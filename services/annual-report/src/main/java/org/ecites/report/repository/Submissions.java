package org.ecites.report.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Submitted reports: the lines of a Party's year are copied as they stand, and the report is immutable from
 * then on; events that arrive later change the live lines only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Submissions {

    /** @param sha256 of the exporter's and then the importer's CSV view of the copy */
    public record Submission(Instant submittedAt, String submittedBy, String sha256, long lineCount) {
    }

    public Optional<Submission> of(String party, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select submitted_at, submitted_by,"
                        + " sha256, line_count from annual_report where party = :party and report_year = :year")
                .setParameter("party", party).setParameter("year", year).getResultList();
        return rows.stream().findFirst().map(row -> new Submission(instant(row[0]), (String) row[1], (String) row[2],
                ((Number) row[3]).longValue()));
    }

    /** Copies the year's lines; the caller holds the Party's lock and records the digest with {@link #record}. */
    public long copyLines(String party, int year) {
        return Panache.getEntityManager().createNativeQuery("insert into submitted_line select * from trade_line"
                        + " where reporter_party = :party and report_year = :year and excluded is null")
                .setParameter("party", party).setParameter("year", year).executeUpdate();
    }

    public void record(String party, int year, Submission submission) {
        Panache.getEntityManager().createNativeQuery("insert into annual_report (party, report_year, submitted_at,"
                        + " submitted_by, sha256, line_count) values (:party, :year, :at, :by, :sha, :lines)")
                .setParameter("party", party).setParameter("year", year).setParameter("at", submission.submittedAt())
                .setParameter("by", submission.submittedBy()).setParameter("sha", submission.sha256())
                .setParameter("lines", submission.lineCount()).executeUpdate();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
