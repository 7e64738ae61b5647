package org.ecites.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
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

    @Override
    public synchronized Map<String, String> start() {
        if (System.getProperty(DIRECTORY) == null) {
            try {
                Path directory = Files.createTempDirectory("ecites-tls");
                TlsMaterial.create(directory).client(EXCHANGE_CLIENT, "CN=cloud eCITES exchange,C=CH");
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
                "quarkus.http.test-ssl-port", System.getProperty(PORT));
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

    /** A partner system's HTTPS endpoint: the localhost certificate, trusting the test CA's clients. */
    public static SSLContext partnerEndpoint() {
        return TlsMaterial.open(Path.of(System.getProperty(DIRECTORY))).serverContext();
    }

    /** A TLS context that trusts the test CA but has no client certificate to show. */
    public static SSLContext withoutCertificate() {
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty(DIRECTORY), "ca.crt"))) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
