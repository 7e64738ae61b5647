package org.ecites.report.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.ecites.report.repository.PointOfView;

/**
 * Streams the lines of one Party's report for a year and a point of view, in a stable order, with a
 * server-side cursor: memory stays constant however many lines a report has. A submitted report is read
 * from the copy made at submission, a draft from the live lines.
 */
@ApplicationScoped
public class ReportRows {

    private static final int FETCH_SIZE = 5_000;

    private final AgroalDataSource dataSource;

    ReportRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public interface Sink<T> {
        void accept(T value) throws IOException;
    }

    private interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Must run inside a transaction (a cursor needs one), under the scope that may read the Party's lines. */
    public long stream(String party, int year, PointOfView view, boolean submitted, Sink<ReportLine> sink) {
        return query("select " + ReportLine.COLUMNS + " from " + table(submitted) + " where reporter_party = ?"
                + " and report_year = ? and point_of_view = '" + view.code() + "' and excluded is null"
                + " order by export_permit, item_id", party, year, ReportLine::read, sink);
    }

    /** Totals per point of view, taxon, term and unit, in that order. */
    public long taxonTotals(String party, int year, boolean submitted, Sink<ReportSummary.TaxonTotal> sink) {
        return query("select point_of_view, species_name, term_code, coalesce(unit_code, ''), sum(quantity),"
                + " count(*), count(*) filter (where basis = 'ACTUAL') from " + table(submitted)
                + " where reporter_party = ? and report_year = ? and excluded is null"
                + " group by 1, 2, 3, 4 order by 1, 2, 3, 4", party, year, row -> new ReportSummary.TaxonTotal(
                row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getBigDecimal(5).stripTrailingZeros(), row.getLong(6), row.getLong(7)), sink);
    }

    private <T> long query(String sql, String party, int year, Reader<T> reader, Sink<T> sink) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                        ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setString(1, party);
            statement.setInt(2, year);
            long count = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sink.accept(reader.read(rows));
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException("the report could not be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Native queries answer a one-letter column (point of view, purpose, source) as a Character. */
    static String text(Object column) {
        return column == null ? null : column.toString();
    }

    static String table(boolean submitted) {
        return submitted ? "submitted_line" : "trade_line";
    }
}
