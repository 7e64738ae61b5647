package org.ecites.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much API work a service takes on at once before it answers 503 instead. */
@ConfigMapping(prefix = "ecites.http-limits")
public interface HttpLimitsConfig {

    /**
     * API requests in progress at most, from their headers to their answer's end. Enough for each worker thread
     * to have a request and another waiting; more would only queue, holding bodies in the heap.
     */
    @WithDefault("128")
    int requestsInProgress();
}
