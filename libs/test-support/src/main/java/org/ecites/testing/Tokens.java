package org.ecites.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/**
 * Access tokens for the test identity provider (quarkus-test-oidc-server), as an object mother:
 * one method per kind of user, each acting for a CITES Party.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String maOfficer(String party) {
        return token(party.toLowerCase() + "-officer", party, "ma-officer");
    }

    public static String customsOfficer(String party) {
        return token(party.toLowerCase() + "-customs", party, "customs-officer");
    }

    public static String applicant(String party) {
        return token(party.toLowerCase() + "-applicant", party, "applicant");
    }

    public static String maAdmin(String party) {
        return token(party.toLowerCase() + "-admin", party, "ma-admin");
    }

    /** The CITES Secretariat's staff; the realm gives them the Party of the Secretariat's seat. */
    public static String secretariat() {
        return token("cites-secretariat", "CH", "secretariat");
    }

    /** The platform's operator: acts for no Party. */
    public static String platformAdmin() {
        return Jwt.preferredUserName("ops-admin").groups(Set.of("platform-admin"))
                .issuer("https://server.example.com").audience("https://service.example.com").sign();
    }

    public static String withoutParty(String role) {
        return Jwt.preferredUserName("nobody").groups(Set.of(role))
                .issuer("https://server.example.com").audience("https://service.example.com").sign();
    }

    public static String token(String username, String party, String... roles) {
        return Jwt.preferredUserName(username).claim("tenant", party).groups(Set.of(roles))
                .issuer("https://server.example.com").audience("https://service.example.com").sign();
    }
}
