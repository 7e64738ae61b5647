package org.ecites.stack;

/** The five services of the suite: where each is built and the database it owns. */
public enum Service {
    PERMIT_REGISTRY("permit-registry", "permit_registry", 8081),
    SIGNING("signing", "signing", 8082),
    EXCHANGE("exchange", "exchange", 8083),
    CUSTOMS_ENDORSEMENT("customs-endorsement", "customs_endorsement", 8084),
    ANNUAL_REPORT("annual-report", "annual_report", 8085);

    private final String module;
    private final String database;
    private final int defaultPort;

    Service(String module, String database, int defaultPort) {
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
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
