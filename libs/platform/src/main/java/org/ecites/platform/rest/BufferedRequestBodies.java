package org.ecites.platform.rest;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads a small API request body on the event loop, in full, before a resource method runs. A blocking
 * resource method (every one that touches the database) otherwise reads its body on the worker thread
 * through a blocking stream that hands each chunk over from the event loop with a lock, a wait and a
 * notify: under load the event loop spun on that lock while the worker holding it waited for a core.
 * Runs after authentication and after the server's own body-size check. A body of unknown or larger
 * size (a CSV import) still streams, so an anonymous caller cannot make the service hold more than this.
 * HTTP/2 requests stream too: RESTEasy pauses the request when it starts, which HTTP/2 refuses once the
 * body has been read.
 */
@ApplicationScoped
public class BufferedRequestBodies {

    static final long BUFFERED_UP_TO = 64 * 1024;
    private static final long UNKNOWN = -1;

    private final BodyHandler bodyHandler = BodyHandler.create(false).setBodyLimit(BUFFERED_UP_TO);

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
                .handler(this::bufferSmallBody);
    }

    private void bufferSmallBody(RoutingContext context) {
        long length = context.request().version() == HttpVersion.HTTP_2 ? UNKNOWN
                : statedLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (length == 0) {
            // given to RESTEasy as a body, not left for it to read: its stream waited for an empty body that had
            // already ended (a read timeout a minute later, then a 500), and so did one this handler had read
            ((RoutingContextInternal) context).visitHandler(RoutingContextInternal.BODY_HANDLER)
                    .setBody(Buffer.buffer());
        }
        if (length > 0 && length <= BUFFERED_UP_TO) {
            bodyHandler.handle(context);
        } else {
            context.next();
        }
    }

    /** Digits only: a malformed length is left to the server, which refuses it, instead of failing here. */
    private static long statedLength(String contentLength) {
        if (contentLength == null || contentLength.isEmpty() || contentLength.length() > 6
                || !contentLength.chars().allMatch(Character::isDigit)) {
            return UNKNOWN;
        }
        return Integer.parseInt(contentLength);
    }
}
