package org.ecites.seal;

/** A seal, or a trust list, that cannot be read or trusted, with the verdict it leads to. */
public class SealException extends RuntimeException {

    private final VerdictCode code;

    public SealException(VerdictCode code, String message) {
        super(message);
        this.code = code;
    }

    public VerdictCode code() {
        return code;
    }
}
