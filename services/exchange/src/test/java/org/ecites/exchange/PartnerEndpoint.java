package org.ecites.exchange;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.ecites.testing.PartnerTls;

/**
 * A partner system's receiving endpoint, a real HTTP server: it fails the first pushes with 503, then takes
 * them, keeping what it took once per delivery id as a partner must.
 */
final class PartnerEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    private final AtomicInteger calls = new AtomicInteger();
    private final List<Received> taken = new CopyOnWriteArrayList<>();
    private final String answer;

    /** @param clientCertificate the subject of the TLS client certificate the caller showed; null over HTTP */
    record Received(String deliveryId, String message, String contentType, String body, String clientCertificate) {
    }

    private PartnerEndpoint(int failures, String answer, SSLContext tls) {
        this.failuresLeft = new AtomicInteger(failures);
        this.answer = answer;
        try {
            server = tls == null ? HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0)
                    : mutualTls(tls);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/cites/documents", this::handle);
        server.start();
    }

    /** Fails the first {@code failures} pushes (any number: fails them all). */
    static PartnerEndpoint failingFirst(int failures) {
        return new PartnerEndpoint(failures, null, null);
    }

    /** A partner that takes pushes over HTTPS only from callers with a certificate of the test CA. */
    static PartnerEndpoint overMutualTls() {
        return new PartnerEndpoint(0, null, PartnerTls.partnerEndpoint());
    }

    private static HttpServer mutualTls(SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters ssl = tls.getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        return server;
    }

    /** An EPIX national system's CitesDataExchange: it answers every ConfirmQuantities call as confirmed. */
    static PartnerEndpoint epixConfirming() {
        return new PartnerEndpoint(0, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ConfirmQuantitiesResponse xmlns=\"urn:CitesDataExchange\"><Confirmed>true</Confirmed>"
                + "</ConfirmQuantitiesResponse></soap:Body></soap:Envelope>", null);
    }

    String url() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort()
                + "/cites/documents";
    }

    int calls() {
        return calls.get();
    }

    List<Received> taken() {
        return List.copyOf(taken);
    }

    private void handle(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status;
        if (failuresLeft.getAndDecrement() > 0) {
            status = 503;
        } else {
            String id = exchange.getRequestHeaders().getFirst("X-Cites-Delivery");
            if (id == null || taken.stream().noneMatch(received -> id.equals(received.deliveryId()))) {
                taken.add(new Received(id, exchange.getRequestHeaders().getFirst("X-Cites-Message"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body, clientCertificate(exchange)));
            }
            status = 200;
        }
        if (status == 200 && answer != null) {
            byte[] envelope = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(status, envelope.length);
            exchange.getResponseBody().write(envelope);
        } else {
            exchange.sendResponseHeaders(status, -1);
        }
        exchange.close();
    }

    private static String clientCertificate(HttpExchange exchange) {
        if (!(exchange instanceof HttpsExchange secure)) {
            return null;
        }
        try {
            return ((X509Certificate) secure.getSSLSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
