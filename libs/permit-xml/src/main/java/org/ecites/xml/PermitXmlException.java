package org.ecites.xml;

/** A CITESEPermit message that cannot be taken: the reason says what is wrong, for the sender to read. */
public class PermitXmlException extends RuntimeException {

    private final Reason reason;

    public PermitXmlException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public PermitXmlException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        /** Larger than any permit message needs to be. */
        TOO_LARGE,
        /** Not well-formed XML, or XML with a document type declaration (entities are never expanded). */
        MALFORMED,
        /** Well-formed, but not a CITESEPermit as the schema describes it. */
        INVALID,
        /** No enveloped signature, or one that does not verify. */
        BAD_SIGNATURE
    }
}
