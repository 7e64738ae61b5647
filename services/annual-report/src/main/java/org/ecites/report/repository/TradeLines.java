package org.ecites.report.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.ecites.events.DocumentType;
import org.ecites.events.LineItem;
import org.ecites.events.PermitDocument;

/**
 * The trade lines of each document, one per block and point of view (E: the exporting Party's export or
 * re-export, I: the importing Party's import), in plain SQL: a line is made once from the document, then
 * only its basis, quantity, year and exclusion change. Import permits make no lines: the trade they allow
 * is reported from the export document that quotes them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TradeLines {

    /** Makes the document's lines in the views given, permit-based, unless they exist. */
    public void ensure(PermitDocument permit, PointOfView... views) {
        if (permit.documentType() == DocumentType.IMPORT) {
            return;
        }
        for (PointOfView view : views) {
            for (LineItem item : permit.lineItems()) {
                insert(permit, item, view);
            }
        }
    }

    /**
     * What customs saw cross for each block, on one side: actual trade in the year it crossed; a block they
     * saw none of is excluded from that side.
     */
    public void crossed(PermitDocument permit, PointOfView view, LocalDate on, Map<String, BigDecimal> quantities) {
        for (LineItem item : permit.lineItems()) {
            BigDecimal quantity = quantities.get(item.itemId());
            em().createNativeQuery("update trade_line set basis = 'ACTUAL', report_year = :year,"
                            + " quantity = coalesce(:quantity, quantity), excluded = :excluded"
                            + " where permit_id = :permit and item_id = :item and point_of_view = :view")
                    .setParameter("year", on.getYear()).setParameter("quantity", quantity)
                    .setParameter("excluded", quantity == null ? view.notCrossed() : null)
                    .setParameter("permit", permit.permitId()).setParameter("item", item.itemId())
                    .setParameter("view", view.code()).executeUpdate();
        }
    }

    /** A document withdrawn or expired before any use is left out of both Parties' reports, with the reason. */
    public void excludeUnused(UUID permitId, String reason) {
        em().createNativeQuery("update trade_line set excluded = :reason where permit_id = :permit and not exists"
                        + " (select 1 from trade_line used where used.permit_id = :permit and used.basis = 'ACTUAL')")
                .setParameter("reason", reason).setParameter("permit", permitId).executeUpdate();
    }

    private void insert(PermitDocument permit, LineItem item, PointOfView view) {
        boolean exporterView = view == PointOfView.EXPORTER;
        em().createNativeQuery("insert into trade_line (permit_id, item_id, reporter_party, point_of_view,"
                        + " document_type, report_year, appendix, species_name, term_code, quantity, unit_code,"
                        + " trading_partner, country_of_origin, import_permit, export_permit, origin_permit,"
                        + " re_export_country, re_export_certificate, purpose_code, source_code, basis)"
                        + " values (:permit, :item, :reporter, :view, :type, :year, :appendix, :species, :term,"
                        + " :quantity, :unit, :partner, :origin, :importPermit, :exportPermit, :originPermit,"
                        + " :reExportCountry, :reExportCertificate, :purpose, :source, 'PERMIT')"
                        + " on conflict do nothing")
                .setParameter("permit", permit.permitId()).setParameter("item", item.itemId())
                .setParameter("reporter", exporterView ? permit.exporterParty() : permit.importerParty())
                .setParameter("view", view.code()).setParameter("type", permit.documentType().name())
                .setParameter("year", LocalDate.ofInstant(permit.issuedAt(), ZoneOffset.UTC).getYear())
                .setParameter("appendix", item.appendix()).setParameter("species", item.scientificName())
                .setParameter("term", item.term()).setParameter("quantity", item.quantity())
                .setParameter("unit", item.unit())
                .setParameter("partner", exporterView ? permit.importerParty() : permit.exporterParty())
                .setParameter("origin", item.originCountry())
                .setParameter("importPermit", exporterView ? null : permit.importPermitNumber())
                .setParameter("exportPermit", permit.permitNumber())
                .setParameter("originPermit", item.originPermitNumber())
                .setParameter("reExportCountry", item.lastReExportCountry())
                .setParameter("reExportCertificate", item.lastReExportCertificateNumber())
                .setParameter("purpose", permit.purpose()).setParameter("source", item.source())
                .executeUpdate();
    }

    /** Whether any document has given the Party lines to report, under the scope the caller's transaction holds. */
    public boolean anyReportedBy(String party) {
        return !em().createNativeQuery("select 1 from trade_line where reporter_party = :party limit 1")
                .setParameter("party", party).getResultList().isEmpty();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
