package org.ecites.signing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "ecites.signing")
public interface SigningConfig {

    /** Base64 of the 256-bit AES key that encrypts every private key at rest. */
    String masterKey();

    /** How long a new key signs before the next one takes over (rotation). */
    @WithDefault("P365D")
    Duration keyUsagePeriod();

    /** How long a signing certificate is valid: the usage period plus the overlap for verification. */
    @WithDefault("P730D")
    Duration certificateValidity();

    @WithDefault("P3650D")
    Duration authorityValidity();

    /** A trust list is valid this long; verifiers refuse to trust it after its next-update time. */
    @WithDefault("PT24H")
    Duration trustListValidity();

    /** A new trust list is published this often even when no key changed, well before the old one goes stale. */
    @WithDefault("PT6H")
    Duration trustListRefresh();

    /** The working language (EN, FR or ES) each Party chose for its printed permits; EN when not named. */
    Map<String, String> printLanguage();
}
