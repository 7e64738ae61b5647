package org.ecites.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How much API work a service takes on at once before it answers 503 instead. */
@ConfigMapping(prefix = "ecites.http-limits")
public interface HttpLimitsConfig {

    /**
     * Requests in progress at most, from their headers to their answer's end: enough for services whose requests
     * mostly wait on the database, Kafka or Keycloak. A service whose requests are CPU work sets fewer (signing).
     */
    @WithDefault("128")
    int requestsInProgress();
}
