package org.ecites.platform.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ecites.platform.config.RateLimitConfig;
import org.ecites.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Token buckets per client address for {@link RateLimited} resources. The address is the connection's
 * (or, with {@code quarkus.http.proxy.proxy-address-forwarding} behind a trusted gateway, the forwarded one).
 * An address out of tokens gets 429 with {@code Retry-After}, in whole seconds until its next token.
 * Application-scoped so that it is made at the first request, once the runtime configuration is read
 * (Quarkus creates request filters at static init).
 */
@ApplicationScoped
public class PublicRateLimiter {

    private final RateLimitConfig config;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Counter refused;

    PublicRateLimiter(RateLimitConfig config, MeterRegistry registry) {
        this.config = config;
        this.refused = registry.counter("ecites.public.rate-limited");
    }

    @ServerRequestFilter
    public Response limit(ResourceInfo resource, HttpServerRequest request) {
        if (!resource.getResourceMethod().isAnnotationPresent(RateLimited.class)
                && !resource.getResourceClass().isAnnotationPresent(RateLimited.class)) {
            return null;
        }
        return charge(request, 1);
    }

    /**
     * Takes more of the address's tokens, for a request that does the work of several (a batch), after the one
     * every request takes: null when the address has them, else its 429. At most {@link #burst()} at once.
     */
    public Response charge(HttpServerRequest request, int tokens) {
        long now = System.nanoTime();
        if (buckets.size() >= config.trackedAddresses()) {
            buckets.values().removeIf(bucket -> bucket.isFull(now, config));
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        double waitSeconds = buckets.computeIfAbsent(address, a -> new Bucket(config.burst(), now))
                .take(tokens, now, config);
        if (waitSeconds <= 0) {
            return null;
        }
        refused.increment();
        long retryAfter = (long) Math.ceil(waitSeconds);
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", retryAfter)
                .entity(new Problem("about:blank", "Too many requests", 429,
                        "this address asked too often; try again in " + retryAfter + " s", List.of()))
                .build();
    }

    /** The most an address may ask at once, after a quiet period. */
    public int burst() {
        return config.burst();
    }

    private static final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        /** Takes the tokens: 0 when they were there, else the seconds until they will be. */
        synchronized double take(int count, long now, RateLimitConfig config) {
            refill(now, config);
            if (tokens >= count) {
                tokens -= count;
                return 0;
            }
            return (count - tokens) / config.requestsPerSecond();
        }

        synchronized boolean isFull(long now, RateLimitConfig config) {
            refill(now, config);
            return tokens >= config.burst();
        }

        private void refill(long now, RateLimitConfig config) {
            tokens = Math.min(config.burst(), tokens + (now - updatedAt) / 1e9 * config.requestsPerSecond());
            updatedAt = now;
        }
    }
}
