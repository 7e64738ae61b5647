package org.ecites.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.ecites.testing.Tokens;

/** The calls of the permit API that tests make again and again, as the Swiss MA officer unless told. */
final class Officers {

    private Officers() {
    }

    static Map<String, Object> issue(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/permits").then().statusCode(201).extract().as(Map.class);
    }

    static Map<String, Object> issueCrocodileExport() {
        return issue(PermitRequests.crocodileExport("NO"));
    }

    static ValidatableResponse act(Object id, String action, Map<String, Object> body) {
        var request = given().auth().oauth2(Tokens.maOfficer("CH")).contentType(ContentType.JSON);
        return (body == null ? request : request.body(body)).post("/api/v1/permits/" + id + "/" + action).then();
    }

    static ValidatableResponse get(Object reference) {
        return given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/permits/" + reference).then();
    }

    static ValidatableResponse audit(Object reference) {
        return given().auth().oauth2(Tokens.maOfficer("CH")).get("/api/v1/permits/" + reference + "/audit").then();
    }
}
