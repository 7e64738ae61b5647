package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.ecites.exchange.repository.Partner;
import org.ecites.platform.tenancy.PartyScope;

/**
 * Who is calling on the mutual-TLS port: the registered partner whose pinned certificate the TLS client
 * presented, speaking for the Party of the certificate's {@code C=}, which must be one it serves.
 */
@ApplicationScoped
public class PartnerCallers {

    public Optional<PartnerCaller> identify(X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            throw new NoCertificate();
        }
        X509Certificate certificate = chain[0];
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
