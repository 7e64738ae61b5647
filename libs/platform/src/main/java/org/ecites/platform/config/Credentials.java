package org.ecites.platform.config;

import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The secrets every service needs, none with a default: a missing one stops the service as it starts,
 * with SmallRye Config's message naming the property, before anything tries to connect with it.
 */
@ApplicationScoped
@Startup
public class Credentials {

    Credentials(Database database, Kafka kafka) {
        // injected only to be validated at start
    }

    /** The service's database roles: the one it connects as (owns no table) and the migration owner. */
    @ConfigMapping(prefix = "ecites.db")
    public interface Database {

        Optional<String> url();

        String user();

        String password();

        String owner();

        String ownerPassword();
    }

    /** The service's SCRAM credential on the broker; its user name defaults to the service's name. */
    @ConfigMapping(prefix = "ecites.kafka")
    public interface Kafka {

        Optional<String> bootstrapServers();

        Optional<String> securityProtocol();

        Optional<String> user();

        String password();
    }
}
