package org.ecites.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ecites.report.TradeDocuments.cleared;
import static org.ecites.report.TradeDocuments.endorsed;
import static org.ecites.report.TradeDocuments.issued;
import static org.ecites.report.TradeDocuments.item;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecites.events.DocumentType;
import org.ecites.events.PermitCancelled;
import org.ecites.events.PermitDocument;
import org.ecites.events.PermitReplaced;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Annual reports from the events of a known set of documents of last year, Switzerland exporting to
 * Norway: issued, endorsed, cleared, cancelled, replaced, re-exported, under an import permit.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class AnnualReportTest {

    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
    private static PermitDocument used;
    private static PermitDocument reExport;
    private static PermitDocument appendixOne;

    /** Once for the class, when the application is up (a static set-up runs before it starts). */
    @BeforeEach
    void lastYearsTrade() {
        if (used != null) {
            return;
        }
        used = issued(DocumentType.EXPORT, "CH", "NO", YEAR, null,
                item("A", "Crocodylus niloticus", "II", "W", "LIV", "2", null, null, null),
                item("B", "Acipenser baerii", "II", "C", "CAV", "10", "KIL", "RU", "RU-24-0099"));
        reExport = issued(DocumentType.RE_EXPORT, "CH", "NO", YEAR, null, TradeDocuments.reExported("A",
                "Python regius", "SKI", "5", "GH", "GH-23-0017", "DE", "DE-24-RE-9"));
        appendixOne = issued(DocumentType.EXPORT, "CH", "NO", YEAR, "NO25-IMP01",
                item("A", "Loxodonta africana", "I", "W", "SPE", "10", null, "KE", "KE-24-3"));
        PermitDocument cancelled = issued(DocumentType.EXPORT, "CH", "NO", YEAR, null,
                item("A", "Crocodylus niloticus", "II", "W", "SKI", "40", null, null, null));
        PermitDocument replaced = issued(DocumentType.EXPORT, "CH", "NO", YEAR, null,
                item("A", "Crocodylus niloticus", "II", "W", "SKI", "50", null, null, null));

        for (PermitDocument permit : List.of(used, reExport, appendixOne, cancelled, replaced)) {
            KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));
        }
        LocalDate left = LocalDate.of(YEAR, 4, 10);
        KafkaProbe.publish(UUID.randomUUID(), "CH", endorsed(used, left, Map.of("A", "2", "B", "8.5")));
        KafkaProbe.publish(UUID.randomUUID(), "NO", cleared(used, left.plusDays(2), Map.of("A", "2", "B", "8")));
        KafkaProbe.publish(UUID.randomUUID(), "CH", endorsed(appendixOne, left, Map.of("A", "10")));
        KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitCancelled(cancelled, "issued in error", "ch-officer",
                Instant.now()));
        KafkaProbe.publish(UUID.randomUUID(), "CH", new PermitReplaced(replaced, UUID.randomUUID(), "CH25-G99999",
                "wrong quantity", Instant.now()));

        await().atMost(Duration.ofSeconds(60)).until(() -> rowsOf(csv("CH", "exports"), List.of(used, reExport,
                appendixOne, cancelled, replaced)).size() == 4 && RealInfrastructure.queryAsOwner(
                "select count(*) from trade_line where excluded is not null and permit_id in (?, ?)",
                cancelled.permitId(), replaced.permitId()).equals(4L));
        await().atMost(Duration.ofSeconds(60)).until(() -> csv("NO", "imports").contains("8,KIL"));
    }

    @Test
    void theExportersViewIsTheUploadFormatWithoutImportPermitsFromActualTradeWhereKnown() {
        String csv = csv("CH", "exports");
        assertThat(csv.lines().findFirst()).contains("appendix,species_name,term_code,quantity,unit_code,"
                + "trading_partner,country_of_origin,export_permit,origin_permit,purpose_code,source_code,year");
        assertThat(rowsOf(csv, List.of(used, reExport, appendixOne))).containsExactly(
                "II,\"Crocodylus niloticus\",LIV,2,,NO,,%s,,T,W,%d".formatted(used.permitNumber(), YEAR),
                "II,\"Acipenser baerii\",CAV,8.5,KIL,NO,RU,%s,RU-24-0099,T,C,%d".formatted(used.permitNumber(), YEAR),
                "II,\"Python regius\",SKI,5,,NO,GH,%s,GH-23-0017,T,C,%d".formatted(reExport.permitNumber(), YEAR),
                "I,\"Loxodonta africana\",SPE,10,,NO,KE,%s,KE-24-3,T,W,%d".formatted(appendixOne.permitNumber(), YEAR));
    }

    @Test
    void theImportersViewCarriesTheImportPermitAndWhatCustomsClearedOnArrival() {
        assertThat(rowsOf(csv("NO", "imports"), List.of(used, reExport, appendixOne))).containsExactly(
                "II,\"Crocodylus niloticus\",LIV,2,,CH,,,%s,,T,W,%d".formatted(used.permitNumber(), YEAR),
                "II,\"Acipenser baerii\",CAV,8,KIL,CH,RU,,%s,RU-24-0099,T,C,%d".formatted(used.permitNumber(), YEAR),
                "II,\"Python regius\",SKI,5,,CH,GH,,%s,GH-23-0017,T,C,%d".formatted(reExport.permitNumber(), YEAR),
                "I,\"Loxodonta africana\",SPE,10,,CH,KE,NO25-IMP01,%s,KE-24-3,T,W,%d"
                        .formatted(appendixOne.permitNumber(), YEAR));
        assertThat(rowsOf(csv("NO", "exports"), List.of(used, reExport, appendixOne))).isEmpty();
    }

    @Test
    void theSummaryStatesTheBasisAndTheDeadline() {
        given().auth().oauth2(Tokens.maOfficer("NO")).get("/api/v1/reports/NO/" + YEAR).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("deadline", equalTo((YEAR + 1) + "-10-31"))
                .body("lines.find { it.pointOfView == 'I' && it.basis == 'ACTUAL' }.lines", equalTo(2))
                .body("lines.find { it.pointOfView == 'I' && it.basis == 'PERMIT' }.lines", equalTo(2))
                .body("partners.find { it.partner == 'CH' }.actual", equalTo(2));
    }

    @Test
    void theWorkbookHasASheetOfImportsAndOneOfExportsWithEachRowsBasis() throws IOException {
        byte[] xlsx = given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reports/CH/" + YEAR + "/report.xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            Sheet exports = workbook.getSheet("Exports and re-exports");
            List<String> reExportRow = rowOf(exports, reExport.permitNumber());
            assertThat(reExportRow).containsSubsequence("Python regius", "SKI", "GH", "DE", "DE-24-RE-9", "PERMIT");
            assertThat(rowOf(exports, appendixOne.permitNumber())).contains("ACTUAL");
            assertThat(workbook.getSheet("Imports").getLastRowNum()).isZero();
            assertThat(rowOf(workbook.getSheet("Totals per taxon"), "Acipenser baerii")).contains("8.5");
        }
    }

    @Test
    void theSecretariatComparesWhatTheImporterAndTheExporterReported() {
        given().auth().oauth2(Tokens.secretariat()).queryParam("exporter", "CH").queryParam("importer", "NO")
                .get("/api/v1/tabulations/" + YEAR).then().statusCode(200)
                .body("rows.find { it.taxon == 'Acipenser baerii' }.exporterReported", equalTo(8.5f))
                .body("rows.find { it.taxon == 'Acipenser baerii' }.importerReported", equalTo(8))
                .body("discrepancies", contains(
                        "Acipenser baerii CAV KIL (T, C): importer reported 8, exporter reported 8.5"));
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/reports/NO/" + YEAR + "/imports.csv").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.maOfficer("CH")).queryParam("exporter", "CH").queryParam("importer", "NO")
                .get("/api/v1/tabulations/" + YEAR).then().statusCode(403);
    }

    @Test
    void noPartySeesAnothersReport() {
        for (String path : List.of("", "/exports.csv", "/imports.csv", "/report.xlsx")) {
            given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reports/NO/" + YEAR + path).then()
                    .statusCode(403);
            given().auth().oauth2(Tokens.maOfficer("KE")).get("/api/v1/reports/CH/" + YEAR + path).then()
                    .statusCode(403);
        }
        assertThat(csv("KE", "exports").lines().count()).as("header only").isEqualTo(1);
        given().auth().oauth2(Tokens.secretariat()).post("/api/v1/reports/CH/" + YEAR + "/submission").then()
                .statusCode(403);
    }

    @Test
    void aSubmittedReportCarriesItsDigestAndNeverChanges() throws Exception {
        int year = YEAR - 1;
        PermitDocument permit = issued(DocumentType.EXPORT, "CH", "SE", year, null,
                item("A", "Crocodylus niloticus", "II", "W", "SKI", "30", null, null, null));
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));
        await().atMost(Duration.ofSeconds(60)).until(() -> csv("SE", "imports", year).contains(permit.permitNumber()));

        String sha256 = given().auth().oauth2(Tokens.maAdmin("SE")).post("/api/v1/reports/SE/" + year + "/submission")
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).extract().path("sha256");
        String exports = csv("SE", "exports", year);
        String imports = csv("SE", "imports", year);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(exports.getBytes(StandardCharsets.UTF_8));
        digest.update(imports.getBytes(StandardCharsets.UTF_8));
        assertThat(sha256).isEqualTo(HexFormat.of().formatHex(digest.digest()));

        given().auth().oauth2(Tokens.maAdmin("SE")).post("/api/v1/reports/SE/" + year + "/submission").then()
                .statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        KafkaProbe.publish(UUID.randomUUID(), "SE", cleared(permit, LocalDate.of(year, 5, 2), Map.of("A", "29")));
        await().atMost(Duration.ofSeconds(60)).until(() -> RealInfrastructure.queryAsOwner("select count(*) from"
                + " trade_line where permit_id = ? and basis = 'ACTUAL'", permit.permitId()).equals(1L));
        assertThat(csv("SE", "imports", year)).as("the submitted report").isEqualTo(imports);
        given().auth().oauth2(Tokens.maOfficer("SE")).get("/api/v1/reports/SE/" + year).then()
                .body("sha256", equalTo(sha256)).body("lines", hasSize(1));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        given().get("/api/v1/reports/CH/" + YEAR).then().statusCode(401);
        given().auth().oauth2(Tokens.customsOfficer("CH")).get("/api/v1/reports/CH/" + YEAR).then().statusCode(403);
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reports/CH/1900").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reports/CH/" + (YEAR + 2)).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reports/XX/" + YEAR).then().statusCode(400)
                .body("errors[0].field", equalTo("party"));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reports/CH/last").then().statusCode(404);
        given().auth().oauth2(Tokens.maAdmin("CH")).post("/api/v1/reports/CH/" + (YEAR + 1) + "/submission").then()
                .statusCode(400).body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.secretariat()).queryParam("exporter", "ZZ").queryParam("importer", "NO")
                .get("/api/v1/tabulations/" + YEAR).then().statusCode(400).body("errors[0].field", equalTo("exporter"));
    }

    @Test
    void aCountryTheRegistryTookInAfterReleaseIsAPartyOfItsOwnReportAndOfTheSecretariatsOnceADocumentNamesIt() {
        String kosovo = "XK";
        given().auth().oauth2(Tokens.secretariat()).get("/api/v1/reports/" + kosovo + "/" + YEAR).then()
                .statusCode(400).body("errors[0].field", equalTo("party"));
        given().auth().oauth2(Tokens.maOfficer(kosovo)).get("/api/v1/reports/" + kosovo + "/" + YEAR).then()
                .statusCode(200).body("status", equalTo("DRAFT"));

        PermitDocument permit = issued(DocumentType.EXPORT, "CH", kosovo, YEAR, null,
                item("A", "Crocodylus niloticus", "II", "W", "SKI", "7", null, null, null));
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.signed(permit));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(Tokens.secretariat())
                .get("/api/v1/reports/" + kosovo + "/" + YEAR + "/imports.csv").statusCode() == 200);
        assertThat(given().auth().oauth2(Tokens.secretariat()).get("/api/v1/reports/" + kosovo + "/" + YEAR
                + "/imports.csv").asString()).contains(permit.permitNumber());
        given().auth().oauth2(Tokens.secretariat()).queryParam("exporter", "CH").queryParam("importer", kosovo)
                .get("/api/v1/tabulations/" + YEAR).then().statusCode(200)
                .body("rows.find { it.taxon == 'Crocodylus niloticus' }.importerReported", equalTo(7));
        assertThat(given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reports/" + kosovo + "/" + YEAR)
                .statusCode()).as("another Party's Management Authority is not told whether it has trade").isEqualTo(400);
    }

    private static String csv(String party, String view) {
        return csv(party, view, YEAR);
    }

    private static String csv(String party, String view, int year) {
        return given().auth().oauth2(Tokens.maOfficer(party)).get("/api/v1/reports/" + party + "/" + year + "/"
                + view + ".csv").then().statusCode(200).contentType("text/csv").extract().asString();
    }

    private static List<String> rowsOf(String csv, List<PermitDocument> permits) {
        return Arrays.stream(csv.split("\n"))
                .filter(line -> permits.stream().anyMatch(permit -> line.contains(permit.permitNumber()))).toList();
    }

    private static List<String> rowOf(Sheet sheet, String text) {
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell.getCellType() == CellType.NUMERIC
                    ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                    : cell.getStringCellValue()));
            if (cells.contains(text)) {
                return cells;
            }
        }
        return List.of();
    }
}
