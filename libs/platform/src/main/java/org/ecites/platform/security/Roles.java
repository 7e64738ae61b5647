package org.ecites.platform.security;

/** The realm roles of the identity provider, as used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String APPLICANT = "applicant";
    public static final String MA_OFFICER = "ma-officer";
    public static final String MA_ADMIN = "ma-admin";
    public static final String CUSTOMS_OFFICER = "customs-officer";
    public static final String PARTNER = "partner";
    public static final String SECRETARIAT = "secretariat";
    /** Runs the hosted platform: onboards Parties, may do what the Secretariat does with reference data. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }
}
