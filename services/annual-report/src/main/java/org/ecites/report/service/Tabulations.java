package org.ecites.report.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.ecites.platform.tenancy.PartyScope;

/**
 * The comparative tabulation of the CITES Trade Database for one pair of Parties and a year: per taxon,
 * appendix, term, unit, purpose and source, what the importer reported next to what the exporter reported,
 * from the two Parties' reports (drafts, or their submitted copies), with every difference listed.
 */
@ApplicationScoped
public class Tabulations {

    public record Tabulation(int year, String exporter, String importer, List<Row> rows, List<String> discrepancies) {
    }

    /** @param unit blank for a number of specimens; a quantity is null where that Party reported none */
    public record Row(String taxon, String appendix, String term, String unit, String purpose, String source,
            BigDecimal importerReported, BigDecimal exporterReported) {

        boolean differs() {
            return importerReported == null || exporterReported == null
                    || importerReported.compareTo(exporterReported) != 0;
        }

        String discrepancy() {
            return taxon + " " + term + (unit.isEmpty() ? "" : " " + unit) + " (" + purpose + ", " + source
                    + "): importer reported " + plain(importerReported) + ", exporter reported " + plain(exporterReported);
        }

        private static String plain(BigDecimal quantity) {
            return quantity == null ? "nothing" : quantity.toPlainString();
        }
    }

    /** Reads both Parties' lines: only for the Secretariat, under the scope of every Party. */
    public Tabulation tabulate(int year, String exporter, String importer) {
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> result = Panache.getEntityManager().createNativeQuery("""
                    with reported as (
                        select l.point_of_view, l.species_name, l.appendix, l.term_code, coalesce(l.unit_code, '') unit,
                               l.purpose_code, l.source_code, sum(l.quantity) quantity
                        from trade_line l
                        where l.report_year = :year and l.excluded is null
                          and ((l.point_of_view = 'E' and l.reporter_party = :exporter and l.trading_partner = :importer)
                            or (l.point_of_view = 'I' and l.reporter_party = :importer and l.trading_partner = :exporter))
                          and not exists (select 1 from annual_report r where r.party = l.reporter_party
                                          and r.report_year = :year)
                        group by 1, 2, 3, 4, 5, 6, 7
                        union all
                        select s.point_of_view, s.species_name, s.appendix, s.term_code, coalesce(s.unit_code, ''),
                               s.purpose_code, s.source_code, sum(s.quantity)
                        from submitted_line s
                        where s.report_year = :year
                          and ((s.point_of_view = 'E' and s.reporter_party = :exporter and s.trading_partner = :importer)
                            or (s.point_of_view = 'I' and s.reporter_party = :importer and s.trading_partner = :exporter))
                        group by 1, 2, 3, 4, 5, 6, 7)
                    select species_name, appendix, term_code, unit, purpose_code, source_code,
                           sum(quantity) filter (where point_of_view = 'I'), sum(quantity) filter (where point_of_view = 'E')
                    from reported group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6""")
                    .setParameter("year", year).setParameter("exporter", exporter).setParameter("importer", importer)
                    .getResultList();
            List<Row> rows = result.stream().map(r -> new Row(ReportRows.text(r[0]), ReportRows.text(r[1]), ReportRows.text(r[2]),
                    ReportRows.text(r[3]), ReportRows.text(r[4]), ReportRows.text(r[5]), plain((BigDecimal) r[6]), plain((BigDecimal) r[7])))
                    .toList();
            return new Tabulation(year, exporter, importer, rows,
                    rows.stream().filter(Row::differs).map(Row::discrepancy).toList());
        });
    }

    private static BigDecimal plain(BigDecimal quantity) {
        return quantity == null ? null : quantity.stripTrailingZeros();
    }
}
