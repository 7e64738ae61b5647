package org.ecites.exchange;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.apache.cxf.configuration.jsse.TLSClientParameters;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.apache.cxf.transport.http.HTTPConduit;
import org.ecites.exchange.soap.CitesDataExchange;
import org.ecites.infrastructure.TlsMaterial;
import org.ecites.testing.PartnerTls;
import org.ecites.testing.Tokens;
import org.ecites.xml.PermitMessage;
import org.ecites.xml.PermitXml;

/** Partner systems as tests play them: registered by a platform administrator, calling over mutual TLS. */
final class EpixClients {

    private EpixClients() {
    }

    /** A JAX-WS client of CitesDataExchange that shows the given TLS identity. */
    static CitesDataExchange calling(SSLContext tls) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(CitesDataExchange.class);
        factory.setAddress(PartnerTls.baseUrl() + "/soap/CitesDataExchange");
        CitesDataExchange port = (CitesDataExchange) factory.create();
        TLSClientParameters parameters = new TLSClientParameters();
        parameters.setSSLSocketFactory(tls.getSocketFactory());
        ((HTTPConduit) ClientProxy.getClient(port).getConduit()).setTlsClientParameters(parameters);
        return port;
    }

    /** Registers a partner system for the Parties (or finds it registered) and returns its identity. */
    static TlsMaterial.ClientIdentity registered(String name, String subject, String protocol, String endpoint,
            String... parties) {
        return registeredWithSigner(name, subject, protocol, endpoint, null, parties);
    }

    /** @param signingCertificate PEM its Parties' XML signatures chain to; null: its TLS certificate */
    static TlsMaterial.ClientIdentity registeredWithSigner(String name, String subject, String protocol,
            String endpoint, String signingCertificate, String... parties) {
        TlsMaterial.ClientIdentity identity = PartnerTls.client(name, subject);
        Map<String, Object> request = new HashMap<>(Map.of("name", name, "protocol", protocol,
                "parties", Set.of(parties), "tlsCertificate", identity.certificatePem(),
                "signingCertificate", signingCertificate != null ? signingCertificate : identity.certificatePem()));
        if (endpoint != null) {
            request.put("endpoint", endpoint);
        }
        int status = given().auth().oauth2(Tokens.platformAdmin()).contentType("application/json")
                .body(request).post("/api/v1/partners").statusCode();
        boolean registeredBefore = status == 409 && given().auth().oauth2(Tokens.platformAdmin()).get("/api/v1/partners")
                .then().extract().jsonPath().getList("name").contains(name);
        if (status != 201 && !registeredBefore) {
            throw new IllegalStateException("partner " + name + " not registered: " + status);
        }
        return identity;
    }

    /** A partner system pushes a signed CITESEPermit message to the partner API over mutual TLS. */
    static HttpResponse<String> pushDocument(SSLContext tls, byte[] xml) throws IOException, InterruptedException {
        return pushDocument(tls, xml, null);
    }

    /** @param forwardedCertificate the x-forwarded-client-cert header a gateway adds, or null */
    static HttpResponse<String> pushDocument(SSLContext tls, byte[] xml, String forwardedCertificate)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PartnerTls.baseUrl() + "/api/v1/partner/documents"))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(xml));
        if (forwardedCertificate != null) {
            request.header("x-forwarded-client-cert", forwardedCertificate);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The header Envoy sets for a partner whose mutual TLS it ended: the certificate as URL-encoded PEM. */
    static String forwardedByGateway(String certificatePem) {
        return "Hash=0;Cert=\"" + java.net.URLEncoder.encode(certificatePem, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "\";Subject=\"partner\"";
    }

    /** The message as a partner's signer signs it, certificate in KeyInfo. */
    static byte[] signedBy(TlsMaterial.Identity signer, PermitMessage message) {
        return PermitXml.writeSigned(message, signer.key().getPrivate(), List.of(signer.certificate()));
    }
}
