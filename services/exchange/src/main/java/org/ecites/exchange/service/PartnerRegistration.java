package org.ecites.exchange.service;

import java.util.Set;
import org.ecites.exchange.repository.PartnerProtocol;

/** What the registry records of a partner system, whatever API it came through. */
public record PartnerRegistration(String name, PartnerProtocol protocol, String endpoint, Set<String> parties,
        String tlsCertificate, String signingCertificate) {

    public PartnerRegistration {
        parties = Set.copyOf(parties);
    }
}
