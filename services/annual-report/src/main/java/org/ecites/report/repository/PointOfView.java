package org.ecites.report.repository;

/** Whose side of a trade a line reports, as the upload format's point of view names it. */
public enum PointOfView {
    EXPORTER("E", "not exported: customs at export endorsed no quantity of this block"),
    IMPORTER("I", "not imported: customs on arrival cleared no quantity of this block");

    private final String code;
    private final String notCrossed;

    PointOfView(String code, String notCrossed) {
        this.code = code;
        this.notCrossed = notCrossed;
    }

    public String code() {
        return code;
    }

    String notCrossed() {
        return notCrossed;
    }
}
