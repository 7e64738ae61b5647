package org.ecites.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the records of delivery are kept: what a service published, and which events it applied. */
@ConfigMapping(prefix = "ecites.retention")
public interface RetentionConfig {

    /** How often old records are deleted (its schedule reads the property). */
    Duration interval();

    /** How long a published outbox row is kept after it was published, to trace what a service sent. */
    @WithDefault("7d")
    Duration publishedEvents();

    /**
     * How long the id of an applied event is kept. A Kafka topic or its dead letters can deliver an event again
     * only while they hold it, so this must exceed the topics' retention (30 days in the chart, 7 locally):
     * deleted earlier, a redelivered event would take effect twice.
     */
    @WithDefault("45d")
    Duration processedEvents();

    /** How many rows one transaction deletes at most, so that no deletion holds locks or the WAL for long. */
    @WithDefault("5000")
    int batchSize();
}
