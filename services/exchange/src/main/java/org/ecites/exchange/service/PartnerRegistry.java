package org.ecites.exchange.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.UUID;
import org.ecites.exchange.repository.HostedParty;
import org.ecites.exchange.repository.Partner;
import org.ecites.exchange.repository.PartnerAudit;
import org.ecites.exchange.repository.PartnerProtocol;
import org.ecites.events.PartnerChanged;
import org.ecites.platform.outbox.Outbox;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.tenancy.PartyScope;
import org.ecites.platform.repository.AdvisoryLocks;

/**
 * Registers the partner systems other Parties exchange through, audited. A Party has one partner, and a
 * Party hosted here has none: its documents never leave the platform.
 */
@ApplicationScoped
public class PartnerRegistry {

    private final AdvisoryLocks locks;
    private final Outbox outbox;
    private final Clock clock;

    PartnerRegistry(AdvisoryLocks locks, Outbox outbox, Clock clock) {
        this.locks = locks;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Partner register(PartnerRegistration registration, String actor) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.createdAt = clock.instant();
        apply(partner, registration, actor);
        partner.persist();
        PartnerAudit.record(partner, "REGISTERED", actor, describe(partner));
        announce(partner);
        return partner;
    }

    @Transactional
    public Partner update(UUID id, PartnerRegistration registration, String actor) {
        Partner partner = find(id);
        apply(partner, registration, actor);
        PartnerAudit.record(partner, "CHANGED", actor, describe(partner));
        announce(partner);
        return partner;
    }

    @Transactional
    public Partner retire(UUID id, String actor) {
        Partner partner = find(id);
        partner.active = false;
        partner.parties.clear();
        partner.updatedAt = clock.instant();
        partner.updatedBy = actor;
        PartnerAudit.record(partner, "RETIRED", actor, describe(partner));
        announce(partner);
        return partner;
    }

    public Partner find(UUID id) {
        return Partner.<Partner>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no partner " + id));
    }

    private void apply(Partner partner, PartnerRegistration registration, String actor) {
        X509Certificate tls = certificate("tlsCertificate", registration.tlsCertificate());
        certificate("signingCertificate", registration.signingCertificate());
        String country = Certificates.countryOf(tls).orElse("none");
        if (!registration.parties().contains(country)) {
            throw ProblemException.invalidField("tlsCertificate", "its subject's C= (" + country
                    + ") must be one of the partner's Parties: callers are known by it");
        }
        if (registration.protocol() == PartnerProtocol.REST && registration.endpoint() == null) {
            throw ProblemException.invalidField("endpoint", "a REST partner needs the endpoint we push to");
        }
        locks.lock("partners");
        for (String party : registration.parties()) {
            if (HostedParty.isHosted(party)) {
                throw ProblemException.conflict("Party " + party + " is hosted here and exchanges without a partner");
            }
            Partner.serving(party).filter(other -> !other.id.equals(partner.id)).ifPresent(other -> {
                throw ProblemException.conflict("Party " + party + " is already served by partner " + other.name);
            });
        }
        String fingerprint = Certificates.fingerprint(tls);
        Partner.<Partner>find("tlsFingerprint", fingerprint).firstResultOptional()
                .filter(other -> !other.id.equals(partner.id)).ifPresent(other -> {
                    throw ProblemException.conflict("partner " + other.name + " already calls with this certificate");
                });
        partner.name = registration.name().strip();
        partner.protocol = registration.protocol();
        partner.endpoint = registration.endpoint();
        partner.parties = new HashSet<>(registration.parties());
        partner.tlsCertificate = registration.tlsCertificate().strip();
        partner.tlsFingerprint = fingerprint;
        partner.signingCertificate = registration.signingCertificate().strip();
        partner.active = true;
        partner.updatedAt = clock.instant();
        partner.updatedBy = actor;
    }

    /** Signing lists the partner's signing certificate in the trust list, so offline verifiers can check its documents. */
    private void announce(Partner partner) {
        outbox.record(new PartnerChanged(partner.id, partner.name, partner.parties, partner.signingCertificate,
                partner.active, partner.updatedAt), PartyScope.EVERY_PARTY);
    }

    private static X509Certificate certificate(String field, String pem) {
        try {
            return Certificates.parse(pem);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, e.getMessage());
        }
    }

    private static String describe(Partner partner) {
        return partner.name + ", " + partner.protocol + ", " + (partner.endpoint == null ? "pull only" : partner.endpoint)
                + ", Parties " + new TreeSet<>(partner.parties) + ", TLS " + partner.tlsFingerprint;
    }
}
