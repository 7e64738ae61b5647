package org.ecites.report.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.ecites.report.repository.PointOfView;

/**
 * A Party's annual report for a year in the electronic upload format: the importer's view with the
 * import_permit column, the exporter's without it; codes, I/II/III, a blank unit for numbers of specimens.
 */
@ApplicationScoped
public class CsvReport {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final CsvSchema IMPORTER = CSV.schemaFor(ReportLine.class).withHeader();
    private static final CsvSchema EXPORTER = withoutColumn(IMPORTER, "import_permit");

    private final ReportRows rows;

    CsvReport(ReportRows rows) {
        this.rows = rows;
    }

    /** Streams the view to the output, which it leaves open; within a transaction. */
    public long write(String party, int year, PointOfView view, boolean submitted, OutputStream out) {
        ObjectWriter writer = CSV.writer(view == PointOfView.IMPORTER ? IMPORTER : EXPORTER)
                .with(JsonGenerator.Feature.IGNORE_UNKNOWN).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (SequenceWriter sequence = writer.writeValues(out)) {
            return rows.stream(party, year, view, submitted, sequence::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvSchema withoutColumn(CsvSchema schema, String name) {
        CsvSchema.Builder builder = schema.rebuild().clearColumns();
        for (CsvSchema.Column column : schema) {
            if (!column.getName().equals(name)) {
                builder.addColumn(column.getName(), column.getType());
            }
        }
        return builder.build().withHeader();
    }
}
