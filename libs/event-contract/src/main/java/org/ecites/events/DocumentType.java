package org.ecites.events;

/** Box 1 of the standard form; the codes are those of the UN/CEFACT CITES e-permit message. */
public enum DocumentType {
    EXPORT("E"),
    RE_EXPORT("R"),
    IMPORT("I"),
    OTHER("O");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
