package org.ecites.exchange.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How pushes to partner systems are retried, bounded and guarded. */
@ConfigMapping(prefix = "ecites.exchange.delivery")
public interface DeliveryConfig {

    /** How often due pushes are looked for (the schedule reads the property). */
    Duration pushInterval();

    /** Attempts before a push is FailedDelivery and waits for an operator's retry. */
    @WithDefault("8")
    int maxAttempts();

    /** The pause after the first failure; it doubles with each attempt up to {@link #maxBackoff()}. */
    @WithDefault("2s")
    Duration backoff();

    @WithDefault("10m")
    Duration maxBackoff();

    /** How long one pass holds the deliveries it took, so that another replica leaves them alone. */
    @WithDefault("2m")
    Duration lease();

    /** How many due pushes one pass takes. */
    @WithDefault("50")
    int batchSize();

    /** How long one push may take before it counts as failed. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** After this share of failures in the last {@link #circuitWindow()} pushes, a partner is left alone. */
    @WithDefault("0.5")
    double circuitFailureRatio();

    @WithDefault("4")
    int circuitWindow();

    /** How long a partner is left alone once its circuit opened. */
    @WithDefault("30s")
    Duration circuitDelay();

    /**
     * The TLS registry configuration ({@code quarkus.tls.<name>.*}) whose key store is the exchange's own client
     * certificate, shown to partner endpoints that ask for one, and whose trust store holds their CAs. Without
     * it, pushes show no certificate and trust the JDK's CAs.
     */
    @WithDefault("partner-client")
    String clientTls();
}
