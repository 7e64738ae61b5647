package org.ecites.report.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the electronic annual report, with the column names and order of the CITES annual-report
 * upload format (importer's view; the exporter's view leaves out import_permit). The basis and the
 * re-export columns are not part of the upload format: the XLSX shows them.
 */
@JsonPropertyOrder({"appendix", "species_name", "term_code", "quantity", "unit_code", "trading_partner",
        "country_of_origin", "import_permit", "export_permit", "origin_permit", "purpose_code", "source_code", "year"})
public record ReportLine(
        @JsonProperty("appendix") String appendix,
        @JsonProperty("species_name") String speciesName,
        @JsonProperty("term_code") String termCode,
        @JsonProperty("quantity") BigDecimal quantity,
        @JsonProperty("unit_code") String unitCode,
        @JsonProperty("trading_partner") String tradingPartner,
        @JsonProperty("country_of_origin") String countryOfOrigin,
        @JsonProperty("import_permit") String importPermit,
        @JsonProperty("export_permit") String exportPermit,
        @JsonProperty("origin_permit") String originPermit,
        @JsonProperty("purpose_code") String purposeCode,
        @JsonProperty("source_code") String sourceCode,
        @JsonProperty("year") int year,
        @JsonIgnore String basis,
        @JsonIgnore String reExportCountry,
        @JsonIgnore String reExportCertificate) {

    /** The columns {@link #read} expects, in its order. */
    static final String COLUMNS = "appendix, species_name, term_code, quantity, unit_code, trading_partner,"
            + " country_of_origin, import_permit, export_permit, origin_permit, purpose_code, source_code,"
            + " report_year, basis, re_export_country, re_export_certificate";

    static ReportLine read(ResultSet row) throws SQLException {
        return new ReportLine(row.getString(1), row.getString(2), row.getString(3),
                row.getBigDecimal(4).stripTrailingZeros(), row.getString(5), row.getString(6), row.getString(7),
                row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(12),
                row.getInt(13), row.getString(14), row.getString(15), row.getString(16));
    }
}
