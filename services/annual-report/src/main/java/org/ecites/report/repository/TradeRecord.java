package org.ecites.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One endorsed block of a permit, as the reporting (exporting) Party traded it. */
@Entity
@Table(name = "trade_record")
public class TradeRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "reporter_party")
    public String reporterParty;
    @Column(name = "report_year")
    public int year;
    @Column(name = "endorsement_id")
    public UUID endorsementId;
    @Column(name = "item_id")
    public String itemId;
    public String appendix;
    @Column(name = "species_name")
    public String speciesName;
    @Column(name = "term_code")
    public String termCode;
    public BigDecimal quantity;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "trading_partner")
    public String tradingPartner;
    @Column(name = "country_of_origin")
    public String countryOfOrigin;
    @Column(name = "export_permit")
    public String exportPermit;
    @Column(name = "origin_permit")
    public String originPermit;
    @Column(name = "purpose_code")
    public String purposeCode;
    @Column(name = "source_code")
    public String sourceCode;

    public static List<TradeRecord> forReport(String party, int year) {
        return list("reporterParty = ?1 and year = ?2 order by exportPermit, itemId", party, year);
    }
}
