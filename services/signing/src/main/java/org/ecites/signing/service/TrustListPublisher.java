package org.ecites.signing.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecites.seal.Crypto;
import org.ecites.seal.TrustList;
import org.ecites.seal.TrustListJws;
import org.ecites.signing.config.SigningConfig;
import org.ecites.platform.repository.AdvisoryLocks;
import org.ecites.signing.repository.CertificateAuthority;
import org.ecites.signing.repository.PublishedTrustList;
import org.ecites.signing.repository.SigningKey;
import org.ecites.signing.repository.TrustedPartner;

/**
 * Publishes the signed trust list: in the transaction that changes a key, and on a schedule well before
 * the current list's next-update time, so that verifiers never hold a stale list while we are up.
 */
@ApplicationScoped
public class TrustListPublisher {

    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final Authorities authorities;
    private final AdvisoryLocks locks;
    private final EntityManager entityManager;
    private final SigningConfig config;
    private final Clock clock;
    private final Event<Published> publications;

    TrustListPublisher(Authorities authorities, AdvisoryLocks locks, EntityManager entityManager,
            SigningConfig config, Clock clock, Event<Published> publications) {
        this.clock = clock;
        this.publications = publications;
        this.authorities = authorities;
        this.locks = locks;
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PublishedTrustList publish() {
        locks.lock("trust-list");
        CertificateAuthority anchor = authorities.anchor();
        Instant now = clock.instant();
        long sequence = ((Number) entityManager.createNativeQuery("select nextval('trust_list_sequence')")
                .getSingleResult()).longValue();
        TrustList list = new TrustList(sequence, now, now.plus(config.trustListValidity()), parties(), partners());
        PublishedTrustList published = new PublishedTrustList();
        published.sequence = sequence;
        published.issuedAt = list.issuedAt();
        published.nextUpdate = list.nextUpdate();
        published.jws = TrustListJws.sign(list, authorities.privateKey(anchor),
                Crypto.certificate(anchor.certificate));
        published.persist();
        publications.fire(new Published(sequence));
        return published;
    }

    /** A trust list was published in the current transaction. */
    public record Published(long sequence) {
    }

    /** The newest list, published first if there is none yet. */
    @Transactional
    public PublishedTrustList current() {
        return PublishedTrustList.latest().orElseGet(this::publish);
    }

    @Transactional
    public X509Certificate anchorCertificate() {
        return Crypto.certificate(authorities.anchor().certificate);
    }

    @Scheduled(every = "${ecites.signing.trust-list-check:1m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refreshWhenDue() {
        QuarkusTransaction.requiringNew().run(() -> {
            PublishedTrustList latest = PublishedTrustList.latest().orElse(null);
            if (latest == null || !clock.instant().isBefore(latest.issuedAt.plus(config.trustListRefresh()))) {
                publish();
            }
        });
    }

    private static List<TrustList.TrustedPartner> partners() {
        return TrustedPartner.byName().stream().map(partner -> new TrustList.TrustedPartner(partner.name,
                partner.parties.isEmpty() ? List.of() : List.of(partner.parties.split(",")),
                BASE64.encodeToString(partner.signingCertificate), partner.retiredAt)).toList();
    }

    private List<TrustList.TrustedParty> parties() {
        Map<String, List<TrustList.TrustedKey>> keys = SigningKey.certified().stream().collect(
                Collectors.groupingBy(key -> key.party, LinkedHashMap::new, Collectors.mapping(
                        key -> new TrustList.TrustedKey(key.keyId, BASE64.encodeToString(key.certificate),
                                key.revokedAt, key.revocationReason), Collectors.toList())));
        return keys.entrySet().stream()
                .map(party -> new TrustList.TrustedParty(party.getKey(),
                        BASE64.encodeToString(authorities.ofParty(party.getKey()).certificate), party.getValue()))
                .toList();
    }
}
