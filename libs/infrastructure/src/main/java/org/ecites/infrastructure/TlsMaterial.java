package org.ecites.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.io.pem.PemObjectGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away TLS authority for a local stack or a test: a CA, a server certificate for the loopback
 * addresses and client certificates for partner systems, written as PEM (server side, as Quarkus reads it)
 * and PKCS#12 (client side). Production certificates come from the operator's PKI, never from here.
 */
public final class TlsMaterial {

    public static final String PASSWORD = "ecites-local-tls";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final KeyPair caKey;
    private final X509Certificate ca;

    private TlsMaterial(Path directory, KeyPair caKey, X509Certificate ca) {
        this.directory = directory;
        this.caKey = caKey;
        this.ca = ca;
    }

    /** A new CA and a server certificate for localhost, written to {@code server.crt}, {@code server.key} and {@code ca.crt}. */
    public static TlsMaterial create(Path directory) {
        try {
            Files.createDirectories(directory);
            KeyPair caKey = newKey();
            X500Name caName = new X500Name("CN=cloud eCITES local partner CA");
            X509Certificate ca = issue(caName, caKey, caName, caKey.getPrivate(), true, null);
            TlsMaterial material = new TlsMaterial(directory, caKey, ca);
            writePem(directory.resolve("ca.crt"), ca);
            writePem(directory.resolve("ca.key"), new JcaPKCS8Generator(caKey.getPrivate(), null));
            KeyPair serverKey = newKey();
            X509Certificate server = issue(new X500Name("CN=localhost"), serverKey, caName, caKey.getPrivate(), false,
                    new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, "localhost"),
                            new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            writePem(directory.resolve("server.crt"), server);
            writePem(directory.resolve("server.key"), new JcaPKCS8Generator(serverKey.getPrivate(), null));
            return material;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The authority {@link #create} wrote to the directory, to issue more client certificates. */
    public static TlsMaterial open(Path directory) {
        try (PEMParser certificate = new PEMParser(Files.newBufferedReader(directory.resolve("ca.crt")));
                PEMParser key = new PEMParser(Files.newBufferedReader(directory.resolve("ca.key")))) {
            X509Certificate ca = new JcaX509CertificateConverter()
                    .getCertificate((X509CertificateHolder) certificate.readObject());
            PrivateKey caPrivate = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) key.readObject());
            return new TlsMaterial(directory, new KeyPair(ca.getPublicKey(), caPrivate), ca);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("no TLS authority in " + directory, e);
        }
    }

    public Path serverCertificate() {
        return directory.resolve("server.crt");
    }

    public Path serverKey() {
        return directory.resolve("server.key");
    }

    public Path caCertificate() {
        return directory.resolve("ca.crt");
    }

    /** A client certificate for {@code subject} (e.g. {@code CN=EPIX adapter,C=FR}), its key store at {@code <name>.p12}. */
    public ClientIdentity client(String name, String subject) {
        KeyPair key = newKey();
        X509Certificate certificate = issue(new X500Name(subject), key,
                new X500Name(ca.getSubjectX500Principal().getName()), caKey.getPrivate(), false, null);
        Path keyStore = directory.resolve(name + ".p12");
        try (OutputStream out = Files.newOutputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(name, key.getPrivate(), PASSWORD.toCharArray(), new X509Certificate[] {certificate, ca});
            store.store(out, PASSWORD.toCharArray());
            return new ClientIdentity(keyStore, pem(certificate), sslContext(store));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the client key store could not be written", e);
        }
    }

    /**
     * A TLS context that serves the localhost certificate {@link #create} wrote and trusts this CA's client
     * certificates: a partner system's own HTTPS endpoint, as tests play it.
     */
    public SSLContext serverContext() {
        try (PEMParser certificate = new PEMParser(Files.newBufferedReader(serverCertificate()));
                PEMParser key = new PEMParser(Files.newBufferedReader(serverKey()))) {
            X509Certificate server = new JcaX509CertificateConverter()
                    .getCertificate((X509CertificateHolder) certificate.readObject());
            PrivateKey serverPrivate = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) key.readObject());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", serverPrivate, PASSWORD.toCharArray(), new X509Certificate[] {server, ca});
            return sslContext(store);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("no server identity in " + directory, e);
        }
    }

    /** A self-signed key and certificate, e.g. a test signer of XML messages. */
    public static Identity selfSigned(String subject) {
        KeyPair key = newKey();
        X500Name name = new X500Name(subject);
        return new Identity(key, issue(name, key, name, key.getPrivate(), true, null));
    }

    public record Identity(KeyPair key, X509Certificate certificate) {

        public String certificatePem() {
            try {
                return pem(certificate);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A partner system's TLS identity: its key store, its certificate as PEM, and a context that trusts our CA. */
    public record ClientIdentity(Path keyStore, String certificatePem, SSLContext sslContext) {
    }

    private SSLContext sslContext(KeyStore clientStore) throws GeneralSecurityException, IOException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(clientStore, PASSWORD.toCharArray());
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ca", ca);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), RANDOM);
        return context;
    }

    private static KeyPair newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate issue(X500Name subject, KeyPair key, X500Name issuer, PrivateKey issuerKey,
            boolean authority, GeneralNames alternativeNames) {
        Instant now = Instant.now();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(365))), subject, key.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            if (alternativeNames != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("the certificate could not be issued", e);
        }
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            if (object instanceof PemObjectGenerator generator) {
                writer.writeObject(generator);
            } else {
                writer.writeObject(object);
            }
        }
        return text.toString();
    }

    private static void writePem(Path file, Object object) throws IOException {
        Files.writeString(file, pem(object));
    }
}
