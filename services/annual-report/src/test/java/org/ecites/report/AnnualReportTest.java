package org.ecites.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.ecites.events.PermitDocument;
import org.ecites.testing.KafkaProbe;
import org.ecites.testing.PermitDocuments;
import org.ecites.testing.RealInfrastructure;
import org.ecites.testing.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class AnnualReportTest {

    private static final int YEAR = LocalDate.now(ZoneOffset.UTC).getYear();

    @Test
    void theExportersReportHasOneRowPerEndorsedBlockEvenWhenTheEventComesTwice() {
        PermitDocument permit = PermitDocuments.export("CH", "NO");
        var endorsed = PermitDocuments.endorsed(permit, "B", "7.5");
        UUID eventId = UUID.randomUUID();
        KafkaProbe.publish(eventId, "CH", endorsed);
        KafkaProbe.publish(eventId, "CH", endorsed);

        await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(report("CH"), permit).size() == 1);
        KafkaProbe.publish(UUID.randomUUID(), "CH", PermitDocuments.endorsed(permit, "A", "1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> rowsOf(report("CH"), permit).size() == 2);

        String csv = report("CH");
        assertThat(csv.lines().findFirst()).contains("appendix,species_name,term_code,quantity,unit_code,"
                + "trading_partner,country_of_origin,export_permit,origin_permit,purpose_code,source_code,year");
        assertThat(rowsOf(csv, permit)).containsExactly(
                "II,\"Crocodylus niloticus\",LIV,1,,NO,,%s,,T,W,%d".formatted(permit.permitNumber(), YEAR),
                "II,\"Acipenser baerii\",CAV,7.5,KIL,NO,RU,%s,,T,C,%d".formatted(permit.permitNumber(), YEAR));
        assertThat(rowsOf(report("NO"), permit)).isEmpty();
    }

    @Test
    void aReportNeedsAnOfficerAndAPlausibleYear() {
        given().get("/api/v1/reports/" + YEAR).then().statusCode(401);
        given().auth().oauth2(Tokens.customsOfficer("CH")).get("/api/v1/reports/" + YEAR).then().statusCode(403);
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reports/1900")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/reports/last")
                .then().statusCode(404);
    }

    private static String report(String party) {
        return given().auth().oauth2(Tokens.maOfficer(party)).get("/api/v1/reports/" + YEAR)
                .then().statusCode(200).contentType("text/csv").extract().asString();
    }

    private static List<String> rowsOf(String csv, PermitDocument permit) {
        return Arrays.stream(csv.split("\n")).filter(line -> line.contains(permit.permitNumber())).toList();
    }
}
