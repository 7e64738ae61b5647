package org.ecites.exchange.config;

import io.smallrye.config.ConfigMapping;
import java.util.Set;

@ConfigMapping(prefix = "ecites.exchange")
public interface ExchangeConfig {

    /** ISO alpha-2 codes of the Parties hosted here; permits for them are delivered without leaving the deployment. */
    Set<String> hostedParties();
}
