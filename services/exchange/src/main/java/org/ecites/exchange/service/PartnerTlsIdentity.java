package org.ecites.exchange.service;

import io.quarkus.tls.TlsConfiguration;
import io.quarkus.tls.TlsConfigurationRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.ecites.exchange.config.DeliveryConfig;

/**
 * The exchange's own TLS identity toward partner endpoints (mutual TLS, as partners use toward us), from the
 * TLS registry's configuration named in {@link DeliveryConfig#clientTls()}; none when it is not configured.
 */
@ApplicationScoped
class PartnerTlsIdentity {

    private final Optional<SSLContext> context;

    PartnerTlsIdentity(DeliveryConfig config, TlsConfigurationRegistry registry) {
        this.context = registry.get(config.clientTls()).map(PartnerTlsIdentity::context);
    }

    Optional<SSLContext> context() {
        return context;
    }

    private static SSLContext context(TlsConfiguration configuration) {
        try {
            return configuration.createSSLContext();
        } catch (Exception e) {
            throw new IllegalStateException("the partner client TLS configuration cannot be used: " + e.getMessage(), e);
        }
    }
}
