package org.ecites.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The open-loop sender: Vert.x's HTTP/1.1 client on keep-alive connections. It sends the JDK's {@link HttpRequest}
 * the load generators describe, at a fraction of the JDK client's CPU per request (the JDK client took about as
 * much CPU per request as the service answering it, on the same two cores). One client per source address.
 */
final class LoadClients implements AutoCloseable {

    /** Connections each source address keeps at most; requests beyond them wait in the client (and their wait counts). */
    private static final int CONNECTIONS_PER_ADDRESS = 32;
    private static final long TIMEOUT_MILLIS = 30_000;

    private final Vertx vertx = Vertx.vertx();
    private final List<HttpClient> clients = new ArrayList<>();

    /** @param localAddresses the addresses to connect from; one null for the system's choice */
    LoadClients(List<String> localAddresses) {
        for (String address : localAddresses) {
            HttpClientOptions options = new HttpClientOptions().setKeepAlive(true)
                    .setMaxPoolSize(CONNECTIONS_PER_ADDRESS).setConnectTimeout(5_000);
            clients.add(vertx.createHttpClient(address == null ? options : options.setLocalAddress(address)));
        }
    }

    /** Sends the i-th request from the (i mod n)-th address; completes with the status code once the body is read. */
    CompletableFuture<Integer> send(int i, HttpRequest request) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(request.method()))
                .setAbsoluteURI(request.uri().toString()).setIdleTimeout(TIMEOUT_MILLIS);
        request.headers().map().forEach((name, values) -> values.forEach(value -> options.addHeader(name, value)));
        Buffer body = body(request);
        return clients.get(i % clients.size()).request(options)
                .compose(call -> call.send(body))
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .toCompletionStage().toCompletableFuture();
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** The bytes of the request's body publisher (the JDK's string and byte-array publishers emit at once). */
    private static Buffer body(HttpRequest request) {
        Buffer body = Buffer.buffer();
        if (request.bodyPublisher().isEmpty()) {
            return body;
        }
        CompletableFuture<Buffer> done = new CompletableFuture<>();
        request.bodyPublisher().get().subscribe(new Flow.Subscriber<ByteBuffer>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                body.appendBytes(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(body);
            }
        });
        return done.join();
    }
}
