package org.ecites.events;

/**
 * Box 1 of the standard form. The code is that of the UN/CEFACT CITES e-permit message: the
 * certificates the Convention names besides permits are all "O" (other) there.
 */
public enum DocumentType {
    EXPORT("E"),
    RE_EXPORT("R"),
    IMPORT("I"),
    PRE_CONVENTION("O"),
    CAPTIVE_BRED_OR_ARTIFICIALLY_PROPAGATED("O"),
    CERTIFICATE_OF_ORIGIN("O"),
    INTRODUCTION_FROM_THE_SEA("O"),
    TRAVELLING_EXHIBITION("O"),
    OWNERSHIP("O");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
