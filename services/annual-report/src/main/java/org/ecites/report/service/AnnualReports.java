package org.ecites.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import org.ecites.report.repository.TradeRecord;

/** Writes a Party's annual report for a year, from the trade its customs endorsed. */
@ApplicationScoped
public class AnnualReports {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(ReportLine.class).withHeader();

    public String exporterCsv(String party, int year) {
        try {
            return CSV.writer(SCHEMA).writeValueAsString(
                    TradeRecord.forReport(party, year).stream().map(ReportLine::of).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
    }
}
