package org.ecites.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often one client address may call the public endpoints: a token bucket per address. */
@ConfigMapping(prefix = "ecites.public-rate-limit")
public interface RateLimitConfig {

    /** Requests per second an address earns. */
    @WithDefault("20")
    double requestsPerSecond();

    /** Requests an address may make at once after a quiet period. */
    @WithDefault("60")
    int burst();

    /** Addresses remembered at most; beyond it the idle ones are forgotten first. */
    @WithDefault("100000")
    int trackedAddresses();
}
