package org.ecites.exchange.soap;

import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.jws.soap.SOAPBinding;

/**
 * The EPIX CitesDataExchange operations as a national system answers them: the document before and after
 * use, the importing side's inspected quantities, and the service's state. Document/literal, one element
 * per message, named as EPIX names them; the WSDL is kept in {@code api-specs/wsdl/CitesDataExchange.wsdl}.
 */
@WebService(name = "CitesDataExchange", targetNamespace = CitesDataExchange.NAMESPACE)
@SOAPBinding(parameterStyle = SOAPBinding.ParameterStyle.BARE)
public interface CitesDataExchange {

    String NAMESPACE = "urn:CitesDataExchange";

    /** The document as issued, before any use. */
    @WebMethod(operationName = "GetNonFinalCitesCertificate")
    @WebResult(name = "GetNonFinalCitesCertificateResponse", targetNamespace = NAMESPACE, partName = "response")
    CertificateResponse getNonFinalCitesCertificate(
            @WebParam(name = "GetNonFinalCitesCertificate", targetNamespace = NAMESPACE, partName = "request")
            CertificateRequest request) throws CitesDataExchangeFault;

    /** The document as used: box 14 filled in with the quantities customs endorsed at export. */
    @WebMethod(operationName = "GetFinalCitesCertificate")
    @WebResult(name = "GetFinalCitesCertificateResponse", targetNamespace = NAMESPACE, partName = "response")
    CertificateResponse getFinalCitesCertificate(
            @WebParam(name = "GetFinalCitesCertificate", targetNamespace = NAMESPACE, partName = "request")
            CertificateRequest request) throws CitesDataExchangeFault;

    /** The importing side's inspected quantities per line item: they reach customs as an import clearance. */
    @WebMethod(operationName = "ConfirmQuantities")
    @WebResult(name = "ConfirmQuantitiesResponse", targetNamespace = NAMESPACE, partName = "response")
    ConfirmQuantitiesResponse confirmQuantities(
            @WebParam(name = "ConfirmQuantities", targetNamespace = NAMESPACE, partName = "request")
            ConfirmQuantitiesRequest request) throws CitesDataExchangeFault;

    /**
     * A partner system hands over a signed document for one of our Parties: this platform's addition to the
     * protocol (EPIX itself only pulls), checked exactly as the partner API's {@code POST /api/v1/partner/documents}.
     */
    @WebMethod(operationName = "SubmitCitesCertificate")
    @WebResult(name = "SubmitCitesCertificateResponse", targetNamespace = NAMESPACE, partName = "response")
    SubmitCertificateResponse submitCitesCertificate(
            @WebParam(name = "SubmitCitesCertificate", targetNamespace = NAMESPACE, partName = "request")
            SubmitCertificateRequest request) throws CitesDataExchangeFault;

    @WebMethod(operationName = "ServiceState")
    @WebResult(name = "ServiceStateResponse", targetNamespace = NAMESPACE, partName = "response")
    ServiceStateResponse serviceState(
            @WebParam(name = "ServiceState", targetNamespace = NAMESPACE, partName = "request")
            ServiceStateRequest request);
}
