package org.ecites.platform.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ecites.platform.config.RateLimitConfig;
import org.ecites.platform.problem.ProblemException;
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
    public void limit(ResourceInfo resource, HttpServerRequest request) {
        if (resource.getResourceMethod().isAnnotationPresent(RateLimited.class)
                || resource.getResourceClass().isAnnotationPresent(RateLimited.class)) {
            charge(request, 1);
        }
    }

    /**
     * Takes the address's tokens, e.g. more for a request that does the work of several (a batch) after the one
     * every request takes; a 429 problem when the address lacks them. At most {@link #burst()} at once.
     */
    public void charge(HttpServerRequest request, int tokens) {
        long now = System.nanoTime();
        if (buckets.size() >= config.trackedAddresses()) {
            buckets.values().removeIf(bucket -> bucket.isFull(now, config));
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        double waitSeconds = buckets.computeIfAbsent(address, a -> new Bucket(config.burst(), now))
                .take(tokens, now, config);
        if (waitSeconds > 0) {
            refused.increment();
            long retryAfter = (long) Math.ceil(waitSeconds);
            throw ProblemException.tooManyRequests("this address asked too often; try again in " + retryAfter + " s",
                    retryAfter);
        }
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
