package org.ecites.registry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The identity provider's realm where Parties and their users live. The registry reaches it with a
 * service account that may manage users and groups and nothing else (quarkus.keycloak.admin-client.*).
 */
@ConfigMapping(prefix = "ecites.identity")
public interface IdentityConfig {

    /** The identity provider's base address (not the realm's). */
    String url();

    @WithDefault("ecites")
    String realm();

    /** The onboarding service account's secret; the service does not start without it. */
    String clientSecret();

    /**
     * Whether a new user must replace the initial password at first login. Only the local stack turns it
     * off, so that its scripted users can take tokens with the password grant.
     */
    @WithDefault("true")
    boolean temporaryPasswords();
}
