package org.ecites.platform.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.ecites.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

/** A small API body is read on the event loop before a blocking resource runs; a large one still streams to it. */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class BufferedRequestBodiesTest {

    @TestHTTPResource("/api/test/body-probe")
    URI probe;

    @Test
    void aSmallBodyIsReadBeforeTheResourceRuns() {
        post("x".repeat(300)).body("readBeforeTheResource", equalTo(true)).body("length", equalTo(300));
    }

    /**
     * An empty body of stated length 0, as curl sends it, is handed over as an empty buffer: RESTEasy's stream at
     * times waited a minute for such a body, which had already ended, and then answered 500.
     */
    @Test
    void anEmptyBodyIsHandedOverAsRead() throws Exception {
        try (Socket socket = new Socket(probe.getHost(), probe.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + probe.getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

            assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\"readBeforeTheResource\":true")
                    .contains("\"length\":0");
        }
    }

    @Test
    void aBodyLargerThanTheBufferStreamsToTheResourceWhole() {
        int length = (int) BufferedRequestBodies.BUFFERED_UP_TO + 1;
        post("x".repeat(length)).body("readBeforeTheResource", equalTo(false)).body("length", equalTo(length));
    }

    /** The client waits for "100 Continue" before it sends the body: the buffering must answer it. */
    @Test
    void aClientThatAsksBeforeSendingItsBodyIsToldToContinue() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(probe).expectContinue(true).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("y".repeat(2048))).build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"readBeforeTheResource\":true")
                .contains("\"length\":2048");
    }

    /** HTTP/2 refuses to pause a request whose body has been read, as RESTEasy does when it starts: it streams. */
    @Test
    void anHttp2RequestStreamsItsBodyToTheResource() throws Exception {
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpRequest request = HttpRequest.newBuilder(probe).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("z".repeat(100))).build();

        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> response = http2.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"length\":100");
        }
    }

    @Test
    void aMalformedLengthIsRefusedAsTheClientsFault() throws Exception {
        for (String length : new String[] {"12a", "-1", "+5", "99999999999999999999"}) {
            try (Socket socket = new Socket(probe.getHost(), probe.getPort())) {
                socket.getOutputStream().write(("POST " + probe.getPath() + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/plain\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\nabc")
                        .getBytes(StandardCharsets.US_ASCII));
                String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();

                assertThat(statusLine).as(length).matches("HTTP/1\\.1 4\\d\\d .*");
            }
        }
    }

    private static ValidatableResponse post(String body) {
        return given().contentType("text/plain").body(body).post("/api/test/body-probe").then().statusCode(200);
    }
}
