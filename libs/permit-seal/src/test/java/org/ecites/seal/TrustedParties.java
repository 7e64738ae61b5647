package org.ecites.seal;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small world of trust for tests, as an object mother: Switzerland and Norway with their CAs and keys
 * (current, expired, revoked, one whose certificate a rogue CA issued), a key nobody lists, and the trust
 * anchor that signs the list.
 */
public final class TrustedParties {

    public static final Instant NOW = Instant.now();
    private static final Duration YEAR = Duration.ofDays(365);

    public final Signer swiss;
    public final Signer norwegian;
    public final Signer swissExpired;
    public final Signer swissRevoked;
    public final Signer swissFromRogueCa;
    public final Signer unlisted;
    /** Signs for France under the certificate its partner system registered ({@code fr-epix}). */
    public final Signer frenchPartner;
    /** Signs for Germany under the certificate of a partner system retired yesterday ({@code de-national}). */
    public final Signer retiredGermanPartner;
    public final KeyPair anchorKeys = Crypto.newKeyPair();
    public final X509Certificate anchor = Crypto.selfSignedCa("CN=eCITES trust anchor", anchorKeys.getPublic(),
            anchorKeys.getPrivate(),
            NOW.minus(YEAR), NOW.plus(YEAR.multipliedBy(10)));
    private final Map<String, X509Certificate> cas = new LinkedHashMap<>();
    private final Map<String, X509Certificate> partnerCas = new LinkedHashMap<>();

    public TrustedParties() {
        Authority ch = new Authority("CH");
        Authority no = new Authority("NO");
        Authority rogue = new Authority("CH");
        cas.put("CH", ch.certificate);
        cas.put("NO", no.certificate);
        swiss = ch.signer(NOW.minus(Duration.ofDays(30)), NOW.plus(YEAR));
        swissExpired = ch.signer(NOW.minus(YEAR.multipliedBy(2)), NOW.minus(YEAR));
        swissRevoked = ch.signer(NOW.minus(Duration.ofDays(30)), NOW.plus(YEAR));
        swissFromRogueCa = rogue.signer(NOW.minus(Duration.ofDays(30)), NOW.plus(YEAR));
        norwegian = no.signer(NOW.minus(Duration.ofDays(30)), NOW.plus(YEAR));
        unlisted = new Authority("CH").signer(NOW.minus(Duration.ofDays(30)), NOW.plus(YEAR));
        Authority france = new Authority("FR");
        Authority germany = new Authority("DE");
        partnerCas.put("FR", france.certificate);
        partnerCas.put("DE", germany.certificate);
        frenchPartner = france.signer(NOW.minus(Duration.ofDays(30)), NOW.plus(YEAR));
        retiredGermanPartner = germany.signer(NOW.minus(Duration.ofDays(30)), NOW.plus(YEAR));
    }

    /**
     * The list of every Party's keys but {@link #unlisted}, with {@link #swissRevoked} revoked, and the partner
     * systems of France and (retired) Germany.
     */
    public TrustList trustList(Instant nextUpdate) {
        List<TrustList.TrustedKey> swissKeys = new ArrayList<>();
        for (Signer signer : List.of(swiss, swissExpired, swissFromRogueCa)) {
            swissKeys.add(listed(signer, null));
        }
        swissKeys.add(listed(swissRevoked, NOW.minus(Duration.ofDays(1))));
        return new TrustList(7, NOW.minus(Duration.ofHours(1)), nextUpdate, List.of(
                new TrustList.TrustedParty("CH", encode(cas.get("CH")), swissKeys),
                new TrustList.TrustedParty("NO", encode(cas.get("NO")), List.of(listed(norwegian, null)))), List.of(
                new TrustList.TrustedPartner("fr-epix", List.of("FR"), encode(partnerCas.get("FR")), null),
                new TrustList.TrustedPartner("de-national", List.of("DE"), encode(partnerCas.get("DE")),
                        NOW.minus(Duration.ofDays(1)))));
    }

    public String signedTrustList(Instant nextUpdate) {
        return TrustListJws.sign(trustList(nextUpdate), anchorKeys.getPrivate(), anchor);
    }

    private static TrustList.TrustedKey listed(Signer signer, Instant revokedAt) {
        return new TrustList.TrustedKey(signer.keyId(), encode(signer.certificate()), revokedAt,
                revokedAt == null ? null : "key compromised");
    }

    private static String encode(X509Certificate certificate) {
        return Base64.getEncoder().encodeToString(Crypto.der(certificate));
    }

    /** A signing key with its certificate; {@link #seal} signs the way the signing service does. */
    public record Signer(String party, KeyPair keys, X509Certificate certificate) {

        public String keyId() {
            return Crypto.keyId(certificate);
        }

        public String seal(SealSummary summary) {
            return SealCodec.encode(summary, keyId(), keys.getPrivate());
        }

        /** A seal made at a time inside this key's validity. */
        public String sealAt(String number, Instant signedAt) {
            return seal(Summaries.export(number, party, "NO".equals(party) ? "CH" : "NO", signedAt));
        }

        public Instant middleOfValidity() {
            Instant from = certificate.getNotBefore().toInstant();
            return from.plus(Duration.between(from, certificate.getNotAfter().toInstant()).dividedBy(2));
        }
    }

    private static final class Authority {
        private final String party;
        private final KeyPair keys = Crypto.newKeyPair();
        private final X509Certificate certificate;

        Authority(String party) {
            this.party = party;
            this.certificate = Crypto.selfSignedCa("CN=CITES signing CA " + party + ",C=" + party,
                    keys.getPublic(), keys.getPrivate(),
                    NOW.minus(YEAR.multipliedBy(3)), NOW.plus(YEAR.multipliedBy(10)));
        }

        Signer signer(Instant notBefore, Instant notAfter) {
            KeyPair signing = Crypto.newKeyPair();
            return new Signer(party, signing, Crypto.signingCertificate("CN=CITES document signer " + party
                    + ",C=" + party, signing.getPublic(), certificate, keys.getPrivate(), notBefore, notAfter));
        }
    }
}
