package org.ecites.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecites.platform.config.HttpLimitsConfig;
import org.ecites.platform.problem.Problem;

/**
 * Sheds requests beyond a number in progress: 503 with {@code Retry-After}, answered on the event loop before
 * the request is authenticated, its body read or a worker thread taken. Without it, requests offered faster than
 * a service answers them queued for the worker pool with their bodies: signing, offered 20,000 seals a second in
 * batches, ran out of heap within 15 s and answered nothing again. A request leaves the count when its answer
 * ends or its connection closes. The probes under {@code /q} are not counted: a busy replica is not a broken one.
 */
@ApplicationScoped
public class RequestsInProgressLimit {

    /** Before the authentication and authorization filters (orders -200 and -100) and the body buffering. */
    private static final int ORDER = -1000;
    private static final String RETRY_AFTER_SECONDS = "1";
    private static final String PROBES = "/q/";

    private final AtomicInteger inProgress = new AtomicInteger();
    private final int limit;
    private final Counter shed;
    private final String problem;

    RequestsInProgressLimit(HttpLimitsConfig config, MeterRegistry registry, ObjectMapper json)
            throws JsonProcessingException {
        this.limit = config.requestsInProgress();
        this.shed = registry.counter("ecites.http.requests.shed");
        registry.gauge("ecites.http.requests.in.progress", inProgress);
        this.problem = json.writeValueAsString(new Problem("about:blank", "Service unavailable", 503,
                "the service has " + limit + " requests in progress, its limit; try again in " + RETRY_AFTER_SECONDS
                        + " s", null));
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::admit);
    }

    private void admit(RoutingContext context) {
        if (context.normalizedPath().startsWith(PROBES)) {
            context.next();
            return;
        }
        if (inProgress.incrementAndGet() > limit) {
            inProgress.decrementAndGet();
            shed.increment();
            context.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(problem);
            return;
        }
        context.addEndHandler(ended -> inProgress.decrementAndGet());
        context.next();
    }
}
