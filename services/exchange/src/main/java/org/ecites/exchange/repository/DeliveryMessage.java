package org.ecites.exchange.repository;

/** What a delivery tells the other Party about a document. */
public enum DeliveryMessage {
    /** The signed document as issued. */
    PERMIT,
    /** The signed document as used: box 14 and box 15 filled in at export. */
    FINAL_CERTIFICATE,
    /** The issuing Party withdrew it. */
    CANCELLATION,
    /** The issuing Party voided it and issued another in its place. */
    REPLACEMENT,
    /** The quantities the importing Party's customs inspected, for the issuing Party's system. */
    CONFIRMED_QUANTITIES,
    /** The importing Management Authority accepted or rejected a document a partner sent. */
    ACKNOWLEDGEMENT
}
