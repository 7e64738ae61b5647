package org.ecites.report.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.ecites.report.repository.TradeRecord;

/**
 * One row of the electronic annual report, with the column names and order of the CITES annual-report
 * upload format, exporter's view (so without import_permit).
 */
@JsonPropertyOrder({"appendix", "species_name", "term_code", "quantity", "unit_code", "trading_partner",
        "country_of_origin", "export_permit", "origin_permit", "purpose_code", "source_code", "year"})
public record ReportLine(
        @JsonProperty("appendix") String appendix,
        @JsonProperty("species_name") String speciesName,
        @JsonProperty("term_code") String termCode,
        @JsonProperty("quantity") BigDecimal quantity,
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("trading_partner") String tradingPartner,
        @JsonProperty("country_of_origin") String countryOfOrigin,
        @JsonProperty("export_permit") String exportPermit,
        @JsonProperty("origin_permit") String originPermit,
        @JsonProperty("purpose_code") String purposeCode,
        @JsonProperty("source_code") String sourceCode,
        @JsonProperty("year") int year) {

    static ReportLine of(TradeRecord record) {
        return new ReportLine(record.appendix, record.speciesName, record.termCode,
                record.quantity.stripTrailingZeros(), record.unitCode, record.tradingPartner, record.countryOfOrigin,
                record.exportPermit, record.originPermit, record.purposeCode, record.sourceCode, record.year);
    }
}
