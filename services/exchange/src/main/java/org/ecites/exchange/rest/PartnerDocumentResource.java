package org.ecites.exchange.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.ecites.api.PartyRule;
import org.ecites.exchange.repository.ReceivedPermit;
import org.ecites.exchange.service.InboundDocuments;
import org.ecites.exchange.service.PartnerCaller;
import org.ecites.exchange.service.PartnerCallers;
import org.ecites.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * The partner API: a partner system pushes a signed CITESEPermit message (api-specs/xml) for one of our
 * Parties, over mutual TLS with its registered certificate; no bearer token opens it.
 */
@Path("/api/v1/partner/documents")
public class PartnerDocumentResource {

    private final PartnerCallers callers;
    private final InboundDocuments inbound;

    PartnerDocumentResource(PartnerCallers callers, InboundDocuments inbound) {
        this.callers = callers;
        this.inbound = inbound;
    }

    /** 201 with the receipt; the same message again is 200 with the same receipt. */
    @Extension(name = PartyRule.EXTENSION, value = PartyRule.PARTNER_CERTIFICATE)
    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    public Response receive(@Context HttpServerRequest request, byte[] xml) {
        InboundDocuments.Receipt receipt = inbound.receive(caller(request), xml);
        ReceivedPermit received = receipt.entry();
        return Response.status(receipt.first() ? 201 : 200).entity(new Receipt(received.id, received.permitNumber,
                received.senderParty, received.recipientParty, received.version)).build();
    }

    /** What the partner keeps as proof that we took the document. */
    public record Receipt(UUID receiptId, String permitNumber, String issuingParty, String recipientParty,
            String version) {
    }

    private PartnerCaller caller(HttpServerRequest request) {
        try {
            List<Certificate> chain = request.isSSL() ? request.connection().peerCertificates() : List.of();
            return callers.identify(chain.stream().map(X509Certificate.class::cast).toArray(X509Certificate[]::new),
                            request.getHeader(PartnerCallers.FORWARDED_CERTIFICATE))
                    .orElseThrow(() -> unauthorized("the certificate is no registered partner's, or its C= is none of "
                            + "the partner's Parties"));
        } catch (SSLPeerUnverifiedException | PartnerCallers.NoCertificate e) {
            throw unauthorized("partner systems call the mutual-TLS port with their registered client certificate");
        }
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, List.of());
    }
}
