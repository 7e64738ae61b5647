package org.ecites.stack;

/** The five services of the suite: where each is built, the database it owns and its largest heap. */
public enum Service {
    PERMIT_REGISTRY("permit-registry", "permit_registry", 8081, "256m"),
    SIGNING("signing", "signing", 8082, "256m"),
    EXCHANGE("exchange", "exchange", 8083, "256m"),
    CUSTOMS_ENDORSEMENT("customs-endorsement", "customs_endorsement", 8084, "256m"),
    // a report of a few million trade lines streams through its buffers
    ANNUAL_REPORT("annual-report", "annual_report", 8085, "384m");

    private final String module;
    private final String database;
    private final int defaultPort;
    private final String heap;

    Service(String module, String database, int defaultPort, String heap) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
        this.heap = heap;
    }

    public String heap() {
        return heap;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
