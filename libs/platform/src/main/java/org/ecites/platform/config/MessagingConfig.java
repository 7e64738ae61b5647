package org.ecites.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "ecites.messaging")
public interface MessagingConfig {

    /** How often the outbox relay looks for committed events (its schedule reads the property). */
    Duration relayInterval();

    /** How often the dead letters waiting for a replay are counted (its schedule reads the property). */
    Duration deadLetterCountInterval();

    /** How many outbox rows one relay pass publishes at most. */
    @WithDefault("200")
    int relayBatchSize();

    /** How long the relay waits for Kafka to acknowledge one event before it tries again next pass. */
    @WithDefault("10s")
    Duration sendTimeout();

    /**
     * How often a consumer tries an event that fails for a reason that may pass (a database outage, a
     * lock), before dead-lettering it. With the default back-off the attempts span about four minutes.
     */
    @WithDefault("10")
    int maxAttempts();

    /** The pause before the first retry; it doubles with each attempt up to {@link #maxRetryBackoff()}. */
    @WithDefault("1s")
    Duration retryBackoff();

    @WithDefault("60s")
    Duration maxRetryBackoff();

    /** How many dead letters one replay request takes at most. */
    @WithDefault("1000")
    int replayBatchSize();
}
