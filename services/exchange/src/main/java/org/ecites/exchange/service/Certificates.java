package org.ecites.exchange.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/** What the exchange reads from X.509 certificates: the PEM text, the pinned fingerprint and the country. */
public final class Certificates {

    private Certificates() {
    }

    /** @throws IllegalArgumentException when the text is not one PEM certificate */
    public static X509Certificate parse(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("not a PEM X.509 certificate", e);
        }
    }

    /** SHA-256 of the DER encoding, lower-case hex: what a registered partner is pinned to. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code C=} of the subject: the Party a partner's certificate speaks for, as EPIX reads it. */
    public static Optional<String> countryOf(X509Certificate certificate) {
        try {
            return new LdapName(certificate.getSubjectX500Principal().getName()).getRdns().stream()
                    .filter(rdn -> rdn.getType().equalsIgnoreCase("C"))
                    .map(Rdn::getValue).map(String::valueOf).findFirst();
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }

    /** Whether the signer is the trusted certificate itself, or was issued and signed by it. */
    public static boolean chainsTo(X509Certificate signer, X509Certificate trusted) {
        if (signer.equals(trusted)) {
            return true;
        }
        try {
            if (!signer.getIssuerX500Principal().equals(trusted.getSubjectX500Principal())) {
                return false;
            }
            signer.verify(trusted.getPublicKey());
            signer.checkValidity();
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
