package org.ecites.registry.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "ecites.registry")
public interface RegistryConfig {

    /** A {@link String#format} pattern over the issuing Party, the two-digit year and the serial. */
    String numberFormat();
}
