package org.ecites.platform.security;

import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecites.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified access token only. The tenant is the CITES Party the caller acts
 * for: the {@code tenant} claim, an ISO 3166-1 alpha-2 code that the identity provider sets.
 */
@RequestScoped
@Unremovable // read by PartyConnections for every connection, also where no bean injects it
public class Caller {

    public static final String TENANT_CLAIM = "tenant";
    private static final Pattern PARTY = Pattern.compile("[A-Z]{2}");

    private final JsonWebToken token;
    private final SecurityIdentity identity;
    /** Read once a request: every database connection of the request asks for it. */
    private Optional<String> party;

    Caller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String party() {
        return partyIfAny().orElseThrow(
                () -> ProblemException.forbidden("the access token names no CITES Party in its 'tenant' claim"));
    }

    /** The Party of a verified token; none for an anonymous caller or a token without a valid claim. */
    public Optional<String> partyIfAny() {
        if (party == null) {
            party = identity.isAnonymous() ? Optional.empty() : Optional.ofNullable(token.<String>getClaim(TENANT_CLAIM))
                    .filter(tenant -> PARTY.matcher(tenant).matches());
        }
        return party;
    }

    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getSubject();
    }
}
