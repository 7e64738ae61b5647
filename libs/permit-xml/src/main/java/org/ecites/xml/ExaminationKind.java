package org.ecites.xml;

/** Which customs examination a transport event records: box 14 at export, or the clearance on arrival. */
enum ExaminationKind {
    EXPORT("E"),
    IMPORT("I");

    private final String code;

    ExaminationKind(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** Box 14 is the event EPIX and older systems write without a type code. */
    static ExaminationKind of(String code) {
        return IMPORT.code.equals(code) ? IMPORT : EXPORT;
    }
}
