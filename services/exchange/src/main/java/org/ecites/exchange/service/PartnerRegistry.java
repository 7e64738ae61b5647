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
import org.ecites.exchange.rest.PartnerRequest;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.repository.AdvisoryLocks;

/**
 * Registers the partner systems other Parties exchange through, audited. A Party has one partner, and a
 * Party hosted here has none: its documents never leave the platform.
 */
@ApplicationScoped
public class PartnerRegistry {

    private final AdvisoryLocks locks;
    private final Clock clock;

    PartnerRegistry(AdvisoryLocks locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    @Transactional
    public Partner register(PartnerRequest request, String actor) {
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.createdAt = clock.instant();
        apply(partner, request, actor);
        partner.persist();
        PartnerAudit.record(partner, "REGISTERED", actor, describe(partner));
        return partner;
    }

    @Transactional
    public Partner update(UUID id, PartnerRequest request, String actor) {
        Partner partner = find(id);
        apply(partner, request, actor);
        PartnerAudit.record(partner, "CHANGED", actor, describe(partner));
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
        return partner;
    }

    public Partner find(UUID id) {
        return Partner.<Partner>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("no partner " + id));
    }

    private void apply(Partner partner, PartnerRequest request, String actor) {
        X509Certificate tls = certificate("tlsCertificate", request.tlsCertificate());
        certificate("signingCertificate", request.signingCertificate());
        String country = Certificates.countryOf(tls).orElse("none");
        if (!request.parties().contains(country)) {
            throw ProblemException.invalidField("tlsCertificate", "its subject's C= (" + country
                    + ") must be one of the partner's Parties: callers are known by it");
        }
        if (request.protocol() == PartnerProtocol.REST && request.endpoint() == null) {
            throw ProblemException.invalidField("endpoint", "a REST partner needs the endpoint we push to");
        }
        locks.lock("partners");
        for (String party : request.parties()) {
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
        partner.name = request.name().strip();
        partner.protocol = request.protocol();
        partner.endpoint = request.endpoint();
        partner.parties = new HashSet<>(request.parties());
        partner.tlsCertificate = request.tlsCertificate().strip();
        partner.tlsFingerprint = fingerprint;
        partner.signingCertificate = request.signingCertificate().strip();
        partner.active = true;
        partner.updatedAt = clock.instant();
        partner.updatedBy = actor;
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
