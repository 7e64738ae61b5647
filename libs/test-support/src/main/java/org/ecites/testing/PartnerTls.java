package org.ecites.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.ecites.infrastructure.TlsMaterial;

/**
 * The mutual-TLS port of the service under test, with a throw-away CA: a server certificate for localhost
 * and client certificates for the partner systems a test plays. Its files lie in one directory per JVM,
 * named in a system property, so that tests in another class loader find the same identities.
 */
public class PartnerTls implements QuarkusTestResourceLifecycleManager {

    private static final String DIRECTORY = "ecites.test.tls-directory";
    private static final String PORT = "ecites.test.tls-port";
    private static final Map<String, TlsMaterial.ClientIdentity> CLIENTS = new HashMap<>();
    /** The exchange's own client identity toward partner endpoints ({@code quarkus.tls.partner-client}). */
    private static final String EXCHANGE_CLIENT = "exchange-client";
    /** The gateway that ends partners' mutual TLS and forwards their certificates (a trusted proxy). */
    private static final String GATEWAY = "gateway";
    private static final String GATEWAY_SUBJECT = "CN=cloud eCITES gateway,C=CH";
    private static final String GATEWAY_FINGERPRINT = "ecites.test.gateway-fingerprint";

    @Override
    public synchronized Map<String, String> start() {
        if (System.getProperty(DIRECTORY) == null) {
            try {
                Path directory = Files.createTempDirectory("ecites-tls");
                TlsMaterial material = TlsMaterial.create(directory);
                material.client(EXCHANGE_CLIENT, "CN=cloud eCITES exchange,C=CH");
                System.setProperty(GATEWAY_FINGERPRINT, fingerprint(material.client(GATEWAY, GATEWAY_SUBJECT)
                        .certificatePem()));
                System.setProperty(DIRECTORY, directory.toString());
                System.setProperty(PORT, String.valueOf(freePort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path directory = Path.of(System.getProperty(DIRECTORY));
        return Map.of(
                "quarkus.tls.key-store.pem.0.cert", directory.resolve("server.crt").toString(),
                "quarkus.tls.key-store.pem.0.key", directory.resolve("server.key").toString(),
                "quarkus.tls.trust-store.pem.certs", directory.resolve("ca.crt").toString(),
                "quarkus.tls.partner-client.key-store.p12.path", directory.resolve(EXCHANGE_CLIENT + ".p12").toString(),
                "quarkus.tls.partner-client.key-store.p12.password", TlsMaterial.PASSWORD,
                "quarkus.tls.partner-client.trust-store.pem.certs", directory.resolve("ca.crt").toString(),
                "quarkus.http.test-ssl-port", System.getProperty(PORT),
                "ecites.exchange.partner.trusted-proxies", System.getProperty(GATEWAY_FINGERPRINT));
    }

    @Override
    public void stop() {
        // The directory and port serve every test class of this JVM.
    }

    /** The address of the service's mutual-TLS port. */
    public static String baseUrl() {
        return "https://localhost:" + System.getProperty(PORT);
    }

    /** A partner system's identity (client certificate) under the test CA, made once per name. */
    public static synchronized TlsMaterial.ClientIdentity client(String name, String subject) {
        return CLIENTS.computeIfAbsent(name + "/" + subject,
                key -> TlsMaterial.open(Path.of(System.getProperty(DIRECTORY))).client(name, subject));
    }

    /** The gateway's TLS identity toward the mutual-TLS port: the client certificates it forwards are believed. */
    public static SSLContext gateway() {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty(DIRECTORY), GATEWAY + ".p12"))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, TlsMaterial.PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, TlsMaterial.PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trustingTheTestCa(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fingerprint(String pem) {
        try {
            byte[] der = CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))).getEncoded();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A partner system's HTTPS endpoint: the localhost certificate, trusting the test CA's clients. */
    public static SSLContext partnerEndpoint() {
        return TlsMaterial.open(Path.of(System.getProperty(DIRECTORY))).serverContext();
    }

    /** A TLS context that trusts the test CA but has no client certificate to show. */
    public static SSLContext withoutCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustingTheTestCa(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TrustManager[] trustingTheTestCa() throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty(DIRECTORY), "ca.crt"))) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            return trust.getTrustManagers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
