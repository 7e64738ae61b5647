package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecites.exchange.repository.Partner;
import org.ecites.platform.tenancy.PartyScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is calling on the mutual-TLS port: the registered partner whose pinned certificate the TLS client
 * presented, speaking for the Party of the certificate's {@code C=}, which must be one it serves. Behind the
 * gateway, which ends the partner's mutual TLS and checks its CA, the TLS client is the gateway: when its
 * certificate is one of {@code ecites.exchange.partner.trusted-proxies} (SHA-256 fingerprints), the partner's
 * certificate is the one the gateway forwards; anyone else's forwarded header is ignored.
 */
@ApplicationScoped
public class PartnerCallers {

    public static final String FORWARDED_CERTIFICATE = ForwardedClientCertificate.HEADER;

    private final Set<String> trustedProxies;

    PartnerCallers(@ConfigProperty(name = "ecites.exchange.partner.trusted-proxies") Optional<List<String>> proxies) {
        this.trustedProxies = proxies.orElse(List.of()).stream().map(f -> f.replace(":", "").toLowerCase())
                .collect(Collectors.toSet());
    }

    /** @param forwardedCertificate the gateway's x-forwarded-client-cert header, or null */
    public Optional<PartnerCaller> identify(X509Certificate[] chain, String forwardedCertificate) {
        if (chain == null || chain.length == 0) {
            throw new NoCertificate();
        }
        X509Certificate certificate = chain[0];
        if (trustedProxies.contains(Certificates.fingerprint(certificate))) {
            certificate = ForwardedClientCertificate.certificate(forwardedCertificate).orElseThrow(NoCertificate::new);
        }
        String fingerprint = Certificates.fingerprint(certificate);
        Optional<String> party = Certificates.countryOf(certificate);
        return PartyScope.inTransaction(PartyScope.EVERY_PARTY, () -> Partner.byFingerprint(fingerprint)
                .filter(partner -> party.filter(partner.parties::contains).isPresent())
                .map(partner -> new PartnerCaller(partner, party.orElseThrow())));
    }

    /** The call came without a TLS client certificate, or over plain HTTP. */
    public static final class NoCertificate extends RuntimeException {

        NoCertificate() {
            super("no TLS client certificate: partner systems call the mutual-TLS port with theirs");
        }
    }
}
