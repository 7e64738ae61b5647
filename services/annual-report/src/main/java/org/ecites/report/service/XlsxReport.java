package org.ecites.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ecites.report.repository.PointOfView;

/**
 * The annual report as a workbook in the layout of UNEP-WCMC's sample reports: a sheet of imports and one of
 * exports and re-exports (continued on further sheets past a sheet's million rows), each row with its basis,
 * and a summary. Written with POI's streaming workbook, which keeps only a window of rows in memory.
 */
@ApplicationScoped
public class XlsxReport {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int MAX_ROWS_PER_SHEET = 1_048_575;
    private static final List<String> HEADER = List.of("Appendix", "Species", "Term", "Quantity", "Unit",
            "Trading partner", "Country of origin", "Import permit", "Export / re-export permit", "Origin permit",
            "Purpose", "Source", "Year", "Country of last re-export", "Last re-export certificate", "Basis");

    private final ReportRows rows;

    XlsxReport(ReportRows rows) {
        this.rows = rows;
    }

    /** The report the summary describes, within a transaction; the output is left open. */
    public void write(ReportSummary summary, OutputStream out) {
        String party = summary.party();
        int year = summary.year();
        boolean submitted = summary.submitted();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            writeSummary(workbook.createSheet("Summary"), summary);
            writeTaxonTotals(workbook.createSheet("Totals per taxon"), party, year, submitted);
            writeView(workbook, "Imports", party, year, PointOfView.IMPORTER, submitted);
            writeView(workbook, "Exports and re-exports", party, year, PointOfView.EXPORTER, submitted);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeView(SXSSFWorkbook workbook, String name, String party, int year, PointOfView view,
            boolean submitted) {
        Sheet[] sheet = {headed(workbook.createSheet(name))};
        int[] next = {1};
        int[] part = {1};
        rows.stream(party, year, view, submitted, line -> {
            if (next[0] > MAX_ROWS_PER_SHEET) {
                sheet[0] = headed(workbook.createSheet(name + " (" + ++part[0] + ")"));
                next[0] = 1;
            }
            line(sheet[0], next[0]++, line.appendix(), line.speciesName(), line.termCode(), line.quantity(),
                    line.unitCode(), line.tradingPartner(), line.countryOfOrigin(), line.importPermit(),
                    line.exportPermit(), line.originPermit(), line.purposeCode(), line.sourceCode(), line.year(),
                    line.reExportCountry(), line.reExportCertificate(), line.basis());
        });
    }

    private static Sheet headed(Sheet sheet) {
        line(sheet, 0, HEADER.toArray());
        return sheet;
    }

    private static void writeSummary(Sheet sheet, ReportSummary summary) {
        int next = 0;
        next = line(sheet, next, "Party", summary.party(), "Year", summary.year());
        next = line(sheet, next, "Status", summary.status(), "SHA-256", summary.sha256());
        next = line(sheet, next, "Basis", "actual trade where customs recorded it, else the permitted quantity", "", "");
        next++;
        next = line(sheet, next, "Point of view", "Basis", "Lines", "");
        for (ReportSummary.BasisCount count : summary.lines()) {
            next = line(sheet, next, count.pointOfView(), count.basis(), count.lines(), "");
        }
        next++;
        next = line(sheet, next, "Point of view", "Trading partner", "Lines", "Actual trade lines");
        for (ReportSummary.PartnerTotal total : summary.partners()) {
            next = line(sheet, next, total.pointOfView(), total.partner(), total.lines(), total.actual());
        }
        next++;
        next = line(sheet, next, "Point of view", "Term", "Unit", "Quantity", "Lines");
        for (ReportSummary.TermTotal total : summary.terms()) {
            next = line(sheet, next, total.pointOfView(), total.term(), total.unit(), total.quantity(), total.lines());
        }
    }

    private void writeTaxonTotals(Sheet sheet, String party, int year, boolean submitted) {
        line(sheet, 0, "Point of view", "Species", "Term", "Unit", "Quantity", "Lines", "Actual trade lines");
        int[] next = {1};
        rows.taxonTotals(party, year, submitted, total -> line(sheet, next[0]++, total.pointOfView(), total.species(),
                total.term(), total.unit(), total.quantity(), total.lines(), total.actual()));
    }

    private static int line(Sheet sheet, int index, Object... cells) {
        // Cells that hold nothing stay absent, as an empty box does on the form.
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i].toString());
            }
        }
        return index + 1;
    }
}
