package org.ecites.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "ecites.messaging")
public interface MessagingConfig {

    /** How often the outbox relay looks for committed events (read by its schedule). */
    @WithDefault("0.5s")
    Duration relayInterval();

    /** How many outbox rows one relay pass publishes at most. */
    @WithDefault("200")
    int relayBatchSize();

    /** How long the relay waits for Kafka to acknowledge one event before it tries again next pass. */
    @WithDefault("10s")
    Duration sendTimeout();

    /** How often a consumer tries an event that fails for a reason that may pass, before dead-lettering it. */
    @WithDefault("3")
    int maxAttempts();

    /** The pause before a retry; it doubles with each attempt. */
    @WithDefault("200ms")
    Duration retryBackoff();
}
