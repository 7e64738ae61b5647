package org.ecites.report.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ecites.platform.problem.FieldProblem;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.repository.AdvisoryLocks;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.report.repository.PointOfView;
import org.ecites.report.repository.Submissions;

/**
 * A Party's annual report for a year (Art. VIII.7(a)): due on 31 October of the following year, a draft
 * that follows the trade until the Party submits it, then immutable with its SHA-256. Every read and write
 * runs under the scope the caller was granted ({@link ReportAccess}).
 */
@ApplicationScoped
public class AnnualReports {

    private final Submissions submissions;
    private final CsvReport csv;
    private final XlsxReport xlsx;
    private final AdvisoryLocks locks;
    private final Clock clock;

    AnnualReports(Submissions submissions, CsvReport csv, XlsxReport xlsx, AdvisoryLocks locks, Clock clock) {
        this.submissions = submissions;
        this.csv = csv;
        this.xlsx = xlsx;
        this.locks = locks;
        this.clock = clock;
    }

    public ReportSummary summary(ReportAccess.Grant grant, int year) {
        return PartyScope.inTransaction(grant.scope(), () -> summarise(grant.party(), year));
    }

    public void writeCsv(ReportAccess.Grant grant, int year, PointOfView view, OutputStream out) {
        PartyScope.inTransaction(grant.scope(), () -> csv.write(grant.party(), year, view,
                submissions.of(grant.party(), year).isPresent(), out));
    }

    public void writeXlsx(ReportAccess.Grant grant, int year, OutputStream out) {
        PartyScope.inTransaction(grant.scope(), () -> xlsx.write(summarise(grant.party(), year), out));
    }

    /** The Party submits its report once the year is over; it never changes afterwards. */
    public ReportSummary submit(ReportAccess.Grant grant, int year, String officer) {
        return PartyScope.inTransaction(grant.scope(), () -> {
            String party = grant.party();
            if (year >= LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).getYear()) {
                throw ProblemException.invalidField("year", "the report for " + year + " can be submitted once the"
                        + " year is over");
            }
            locks.lock("annual-report:" + party + ":" + year);
            Optional<Submissions.Submission> earlier = submissions.of(party, year);
            if (earlier.isPresent()) {
                throw new ProblemException(409, "Conflict", "the report of " + party + " for " + year + " was submitted"
                        + " on " + earlier.get().submittedAt() + " and cannot change",
                        List.of(new FieldProblem("year", "submitted already")));
            }
            long lines = submissions.copyLines(party, year);
            submissions.record(party, year, new Submissions.Submission(clock.instant(), officer,
                    digest(party, year), lines));
            return summarise(party, year);
        });
    }

    private String digest(String party, int year) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
                csv.write(party, year, PointOfView.EXPORTER, true, sink);
                csv.write(party, year, PointOfView.IMPORTER, true, sink);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("the report's digest could not be made", e);
        }
    }

    private ReportSummary summarise(String party, int year) {
        Optional<Submissions.Submission> submitted = submissions.of(party, year);
        String table = ReportRows.table(submitted.isPresent());
        LocalDate deadline = LocalDate.of(year + 1, 10, 31);
        boolean overdue = submitted.isEmpty() && LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).isAfter(deadline);
        List<ReportSummary.BasisCount> lines = rows("select point_of_view, basis, count(*) from " + table
                + " where reporter_party = :party and report_year = :year and excluded is null group by 1, 2 order by 1, 2",
                party, year).stream().map(r -> new ReportSummary.BasisCount(ReportRows.text(r[0]), ReportRows.text(r[1]),
                ((Number) r[2]).longValue())).toList();
        List<ReportSummary.PartnerTotal> partners = rows("select point_of_view, trading_partner, count(*),"
                + " count(*) filter (where basis = 'ACTUAL') from " + table + " where reporter_party = :party"
                + " and report_year = :year and excluded is null group by 1, 2 order by 1, 2", party, year).stream()
                .map(r -> new ReportSummary.PartnerTotal(ReportRows.text(r[0]), ReportRows.text(r[1]), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue())).toList();
        List<ReportSummary.TermTotal> terms = rows("select point_of_view, term_code, coalesce(unit_code, ''),"
                + " sum(quantity), count(*) from " + table + " where reporter_party = :party and report_year = :year"
                + " and excluded is null group by 1, 2, 3 order by 1, 2, 3", party, year).stream()
                .map(r -> new ReportSummary.TermTotal(ReportRows.text(r[0]), ReportRows.text(r[1]), ReportRows.text(r[2]),
                        ((BigDecimal) r[3]).stripTrailingZeros(), ((Number) r[4]).longValue())).toList();
        return new ReportSummary(party, year, submitted.isPresent() ? "SUBMITTED" : "DRAFT", deadline, overdue,
                submitted.map(Submissions.Submission::submittedAt).orElse(null),
                submitted.map(Submissions.Submission::submittedBy).orElse(null),
                submitted.map(Submissions.Submission::sha256).orElse(null), lines, partners, terms);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, String party, int year) {
        return Panache.getEntityManager().createNativeQuery(sql).setParameter("party", party)
                .setParameter("year", year).getResultList();
    }
}
