package org.ecites.signing.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "ecites.signing")
public interface SigningConfig {

    /** Base64 of the 256-bit AES key that encrypts every private key at rest. */
    String masterKey();
}
