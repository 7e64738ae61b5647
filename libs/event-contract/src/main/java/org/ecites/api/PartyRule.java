package org.ecites.api;

/**
 * Whose data an operation touches, declared on every operation as the OpenAPI extension
 * {@value #EXTENSION} and checked by the isolation suite that walks {@code api-specs/openapi/}.
 */
public final class PartyRule {

    public static final String EXTENSION = "x-party-rule";
    /** Only the caller's Party's data: another Party's object is 403 or 404, lists show none of it. */
    public static final String OWN_PARTY = "own-party";
    /** A document seen by the two Parties of its trade (issuer and importer) and by no third. */
    public static final String ISSUER_OR_IMPORTER = "issuer-or-importer";
    /** Reference data every Party shares; only the Secretariat or a platform administrator changes it. */
    public static final String GLOBAL = "global";
    /** Anyone, without a token, limited per client address. */
    public static final String PUBLIC = "public";
    /**
     * Partner systems only, known by their registered TLS client certificate on the mutual-TLS port; no
     * bearer token opens it. The document's Parties are checked against the certificate's country.
     */
    public static final String PARTNER_CERTIFICATE = "partner-certificate";
    /** The Secretariat's view across every Party (annual reports compared); no Party's role opens it. */
    public static final String ALL_PARTIES = "all-parties";
    /** The platform's operators only. */
    public static final String PLATFORM = "platform";

    private PartyRule() {
    }
}
