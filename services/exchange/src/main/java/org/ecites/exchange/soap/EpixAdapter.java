package org.ecites.exchange.soap;

import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Collectors;
import org.ecites.events.QuantitiesConfirmed.ConfirmedQuantity;
import org.ecites.exchange.service.EpixDocuments;
import org.ecites.exchange.service.EpixFaultCode;
import org.ecites.exchange.service.InboundDocuments;
import org.ecites.exchange.service.PartnerCaller;
import org.ecites.exchange.service.PartnerCallers;
import org.ecites.platform.problem.Problem;
import org.ecites.platform.problem.ProblemException;
import org.ecites.xml.PermitXml;

/**
 * Answers EPIX CitesDataExchange calls from registered partner systems, known by their TLS client
 * certificate; the document goes out exactly as its issuing Party signed it.
 */
@WebService(serviceName = "CitesDataExchangeService", portName = "CitesDataExchangePort",
        targetNamespace = CitesDataExchange.NAMESPACE, endpointInterface = "org.ecites.exchange.soap.CitesDataExchange")
public class EpixAdapter implements CitesDataExchange {

    private static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    @Resource
    WebServiceContext context;

    private final PartnerCallers callers;
    private final EpixDocuments documents;
    private final InboundDocuments inbound;

    EpixAdapter(PartnerCallers callers, EpixDocuments documents, InboundDocuments inbound) {
        this.callers = callers;
        this.documents = documents;
        this.inbound = inbound;
    }

    @Override
    public CertificateResponse getNonFinalCitesCertificate(CertificateRequest request) throws CitesDataExchangeFault {
        return certificate(request, false);
    }

    @Override
    public CertificateResponse getFinalCitesCertificate(CertificateRequest request) throws CitesDataExchangeFault {
        return certificate(request, true);
    }

    @Override
    public ConfirmQuantitiesResponse confirmQuantities(ConfirmQuantitiesRequest request) throws CitesDataExchangeFault {
        PartnerCaller caller = caller();
        try {
            documents.confirmQuantities(caller, request.isoCountryCode, request.certificateNumber, request.tokenId,
                    request.confirmedQuantities.stream().map(position -> new ConfirmedQuantity(
                            position.id == null ? null : position.id.strip(), position.inspectedUnitQuantity)).toList());
            return new ConfirmQuantitiesResponse(true);
        } catch (EpixDocuments.Refusal refusal) {
            throw new CitesDataExchangeFault(refusal.code(), refusal.getMessage());
        }
    }

    @Override
    public SubmitCertificateResponse submitCitesCertificate(SubmitCertificateRequest request)
            throws CitesDataExchangeFault {
        PartnerCaller caller = caller();
        if (request == null || request.citesePermit == null) {
            throw new CitesDataExchangeFault(EpixFaultCode.InvalidDocument, "no CITESEPermit element submitted");
        }
        try {
            InboundDocuments.Receipt receipt = inbound.receive(caller, PermitXml.bytesOf(request.citesePermit));
            return new SubmitCertificateResponse(receipt.entry().id.toString(), receipt.entry().version,
                    !receipt.first());
        } catch (ProblemException refused) {
            throw new CitesDataExchangeFault(faultOf(refused.problem()), refused.problem().detail()
                    + refused.problem().errors().stream().map(e -> "; " + e.field() + ": " + e.message())
                    .collect(Collectors.joining()));
        }
    }

    /** The partner API's refusals in the protocol's terms. */
    private static EpixFaultCode faultOf(Problem problem) {
        boolean misaddressed = problem.errors().stream().anyMatch(e -> "ConsigneeTradeParty".equals(e.field()));
        return switch (problem.status()) {
            case 403 -> EpixFaultCode.CallerNotFound;
            case 409 -> EpixFaultCode.DocumentConflict;
            default -> misaddressed ? EpixFaultCode.CalleeNotFound : EpixFaultCode.InvalidDocument;
        };
    }

    @Override
    public ServiceStateResponse serviceState(ServiceStateRequest request) {
        return new ServiceStateResponse("Available");
    }

    private CertificateResponse certificate(CertificateRequest request, boolean asUsed) throws CitesDataExchangeFault {
        PartnerCaller caller = caller();
        try {
            EpixDocuments.Fetched fetched = documents.fetch(caller, request.isoCountryCode, request.certificateNumber,
                    request.tokenId, asUsed);
            return new CertificateResponse(PermitXml.element(fetched.xml().getBytes(StandardCharsets.UTF_8)),
                    fetched.printable() == null ? List.of() : List.of(new CertificateResponse.Attachment(
                            fetched.permitNumber() + ".pdf", fetched.printable())));
        } catch (EpixDocuments.Refusal refusal) {
            throw new CitesDataExchangeFault(refusal.code(), refusal.getMessage());
        }
    }

    private PartnerCaller caller() throws CitesDataExchangeFault {
        HttpServletRequest http = (HttpServletRequest) context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        try {
            return callers.identify((X509Certificate[]) http.getAttribute(CLIENT_CERTIFICATES),
                            http.getHeader(PartnerCallers.FORWARDED_CERTIFICATE))
                    .orElseThrow(() -> new CitesDataExchangeFault(EpixFaultCode.CallerNotFound,
                            "the certificate is no registered partner's, or its C= is none of the partner's Parties"));
        } catch (PartnerCallers.NoCertificate missing) {
            throw new CitesDataExchangeFault(EpixFaultCode.CertificateMissing, missing.getMessage());
        }
    }
}
