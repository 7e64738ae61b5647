package org.ecites.exchange;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

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

    record Received(String deliveryId, String message, String contentType, String body) {
    }

    private PartnerEndpoint(int failures, String answer) {
        this.failuresLeft = new AtomicInteger(failures);
        this.answer = answer;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/cites/documents", this::handle);
        server.start();
    }

    /** Fails the first {@code failures} pushes (any number: fails them all). */
    static PartnerEndpoint failingFirst(int failures) {
        return new PartnerEndpoint(failures, null);
    }

    /** An EPIX national system's CitesDataExchange: it answers every ConfirmQuantities call as confirmed. */
    static PartnerEndpoint epixConfirming() {
        return new PartnerEndpoint(0, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<ConfirmQuantitiesResponse xmlns=\"urn:CitesDataExchange\"><Confirmed>true</Confirmed>"
                + "</ConfirmQuantitiesResponse></soap:Body></soap:Envelope>");
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cites/documents";
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
                        exchange.getRequestHeaders().getFirst("Content-Type"), body));
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

    @Override
    public void close() {
        server.stop(0);
    }
}
