package org.ecites.registry.config;

import io.smallrye.config.ConfigMapping;
import java.time.Period;

@ConfigMapping(prefix = "ecites.registry")
public interface RegistryConfig {

    /** A {@link String#format} pattern over the issuing Party, the two-digit year and the serial. */
    String numberFormat();

    /** How long an export permit may be used (Art. VI.2: six months). */
    Period exportValidity();
}
