package org.ecites.exchange.service;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partner's certificate as the gateway forwards it when it ends the partner's mutual TLS itself: the
 * {@code Cert} of Envoy's {@code x-forwarded-client-cert} header (URL-encoded PEM). A header of several
 * elements (more than one proxy) or without a certificate names no one.
 */
final class ForwardedClientCertificate {

    static final String HEADER = "x-forwarded-client-cert";
    private static final Pattern CERT = Pattern.compile("(?:^|;)Cert=\"([^\"]*)\"");

    private ForwardedClientCertificate() {
    }

    static Optional<X509Certificate> certificate(String header) {
        try {
            return pem(header).map(Certificates::parse);
        } catch (IllegalArgumentException notACertificate) {
            return Optional.empty();
        }
    }

    static Optional<String> pem(String header) {
        if (header == null || header.isBlank() || header.replaceAll("\"[^\"]*\"", "").contains(",")) {
            return Optional.empty();
        }
        Matcher cert = CERT.matcher(header);
        // a literal '+' of the base64 body must stay a '+', not become a space
        return cert.find() ? Optional.of(URLDecoder.decode(cert.group(1).replace("+", "%2B"), StandardCharsets.UTF_8))
                : Optional.empty();
    }
}
