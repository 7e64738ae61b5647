package org.ecites.exchange.repository;

/** How a partner system takes what we send it. */
public enum PartnerProtocol {
    /**
     * The EPIX CitesDataExchange protocol: the partner pulls documents (GetNonFinalCitesCertificate,
     * GetFinalCitesCertificate); we call its ConfirmQuantities for the documents its Parties issued.
     */
    EPIX_SOAP,
    /** Our partner REST API: we push every message (signed XML, or a JSON notice) to its endpoint. */
    REST
}
