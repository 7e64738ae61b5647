package org.ecites.exchange.service;

/** Why an EPIX caller gets nothing, in the CitesDataExchange protocol's own terms. */
public enum EpixFaultCode {
    /** The call came without a TLS client certificate. */
    CertificateMissing,
    /** The certificate is no registered partner's, or its C= is not one of that partner's Parties. */
    CallerNotFound,
    /** The IsoCountryCode names no Party hosted here. */
    CalleeNotFound,
    /** No such document for this caller: unknown number, wrong TokenId, or another Party's document. */
    DocumentNotFound,
    /** The issuing Party cancelled or replaced the document. */
    DocumentWithdrawn,
    /** GetFinalCitesCertificate before customs endorsed the document at export. */
    DocumentNotUsed,
    /** The quantities do not fit the document (unknown or repeated line item, negative quantity). */
    InvalidQuantities,
    /** The importing side confirmed this document's quantities already. */
    QuantitiesAlreadyConfirmed,
    /** A submitted document is not a CITESEPermit the schema allows, or its signature does not hold. */
    InvalidDocument,
    /** A submitted document's number and version came before with other content. */
    DocumentConflict
}
