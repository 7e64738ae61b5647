package org.ecites.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.ecites.platform.problem.ProblemException;
import org.ecites.platform.security.Caller;
import org.ecites.platform.security.Roles;
import org.ecites.registry.config.IdentityConfig;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.RoleMappingResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * A Party's users in the identity provider: its group (with the {@code tenant} attribute) and the users
 * whose {@code tenant} attribute, the claim every service trusts, names the Party. Only the roles a Party
 * may hand out are ever granted here; the platform's and the Secretariat's never are.
 */
@ApplicationScoped
public class PartyUsers {

    /** The roles a Party's administrator may give its own users. */
    public static final Set<String> PARTY_ROLES = Set.of(Roles.MA_ADMIN, Roles.MA_OFFICER, Roles.CUSTOMS_OFFICER,
            Roles.APPLICANT);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Keycloak keycloak;
    private final IdentityConfig config;

    PartyUsers(Keycloak keycloak, IdentityConfig config) {
        this.keycloak = keycloak;
        this.config = config;
    }

    public record NewUser(String username, String email, String firstName, String lastName, String role) {
    }

    /** @param initialPassword shown once; null when the user existed already (a repeated onboarding) */
    public record CreatedUser(String username, String role, String initialPassword, boolean mustChangePassword) {
    }

    public record PartyUser(String username, String email, String firstName, String lastName, boolean enabled,
            List<String> roles) {
    }

    public void ensureGroup(String party, String name) {
        call(() -> {
            boolean exists = realm().groups().groups(party, true, 0, 1, true).stream()
                    .anyMatch(group -> group.getName().equals(party));
            if (!exists) {
                GroupRepresentation group = new GroupRepresentation();
                group.setName(party);
                group.setAttributes(Map.of(Caller.TENANT_CLAIM, List.of(party), "name", List.of(name)));
                try (Response created = realm().groups().add(group)) {
                    CreatedResponseUtil.getCreatedId(created);
                }
            }
            return null;
        });
    }

    /** Creates the user in the Party, or finds it there when it exists already and {@code existingIsFine}. */
    public CreatedUser create(String party, NewUser user, boolean existingIsFine) {
        if (!PARTY_ROLES.contains(user.role())) {
            throw ProblemException.invalidField("role", "a Party's user may have one of " + PARTY_ROLES);
        }
        return call(() -> {
            Optional<UserRepresentation> existing = find(user.username());
            if (existing.isPresent()) {
                if (existingIsFine && party.equals(partyOf(existing.get()))) {
                    return new CreatedUser(user.username(), user.role(), null, false);
                }
                throw ProblemException.conflict("the username '" + user.username() + "' is taken");
            }
            String id;
            try (Response created = realm().users().create(representation(party, user))) {
                if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw ProblemException.conflict("the username or e-mail address of '" + user.username()
                            + "' is taken");
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            try {
                return complete(party, id, user);
            } catch (RuntimeException e) {
                realm().users().delete(id).close(); // a user without password or role is of no use to anyone
                throw e;
            }
        });
    }

    private CreatedUser complete(String party, String id, NewUser user) {
        String password = initialPassword();
        realm().users().get(id).resetPassword(credential(password));
        // the service account may not read the realm's roles (no view-realm), only those it can map to a user
        RoleMappingResource roles = realm().users().get(id).roles();
        RoleRepresentation role = roles.realmLevel().listAvailable().stream()
                .filter(available -> available.getName().equals(user.role())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the realm has no role " + user.role()));
        roles.realmLevel().add(List.of(role));
        realm().groups().groups(party, true, 0, 1, true).stream().findFirst()
                .ifPresent(group -> realm().users().get(id).joinGroup(group.getId()));
        return new CreatedUser(user.username(), user.role(), password, config.temporaryPasswords());
    }

    public List<PartyUser> list(String party, int first, int max) {
        return call(() -> members(party, first, max).stream().filter(user -> party.equals(partyOf(user)))
                .map(this::view).toList());
    }

    /** @throws ProblemException 404 for a user of another Party, as for one that does not exist */
    public PartyUser setEnabled(String party, String username, boolean enabled) {
        return call(() -> {
            UserRepresentation user = find(username).filter(found -> party.equals(partyOf(found)))
                    .orElseThrow(() -> ProblemException.notFound("Party " + party + " has no user '" + username + "'"));
            update(user, enabled);
            return view(user);
        });
    }

    /** Disables every user of the Party (offboarding); the users stay, so that audit trails still name them. */
    public void disableAll(String party) {
        call(() -> {
            List<UserRepresentation> page;
            for (int first = 0; !(page = members(party, first, 100)).isEmpty(); first += 100) {
                page.stream().filter(user -> party.equals(partyOf(user)) && Boolean.TRUE.equals(user.isEnabled()))
                        .forEach(user -> update(user, false));
            }
            return null;
        });
    }

    /** The users whose {@code tenant} attribute matches the search for the Party, a page at a time. */
    private List<UserRepresentation> members(String party, int first, int max) {
        return realm().users().searchByAttributes(first, max, null, false, false, Caller.TENANT_CLAIM + ":" + party);
    }

    private void update(UserRepresentation user, boolean enabled) {
        user.setEnabled(enabled);
        realm().users().get(user.getId()).update(user);
    }

    private PartyUser view(UserRepresentation user) {
        return new PartyUser(user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName(),
                Boolean.TRUE.equals(user.isEnabled()), realmRoles(user));
    }

    private RealmResource realm() {
        return keycloak.realm(config.realm());
    }

    private Optional<UserRepresentation> find(String username) {
        return realm().users().searchByUsername(username, true).stream()
                .filter(user -> user.getUsername().equalsIgnoreCase(username)).findFirst();
    }

    private List<String> realmRoles(UserRepresentation user) {
        return realm().users().get(user.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).filter(PARTY_ROLES::contains).sorted().toList();
    }

    private static String partyOf(UserRepresentation user) {
        List<String> tenant = user.getAttributes() == null ? null : user.getAttributes().get(Caller.TENANT_CLAIM);
        return tenant == null || tenant.isEmpty() ? null : tenant.get(0);
    }

    private static UserRepresentation representation(String party, NewUser user) {
        UserRepresentation representation = new UserRepresentation();
        representation.setUsername(user.username());
        representation.setEmail(user.email());
        representation.setEmailVerified(true);
        representation.setFirstName(user.firstName());
        representation.setLastName(user.lastName());
        representation.setEnabled(true);
        representation.setAttributes(Map.of(Caller.TENANT_CLAIM, List.of(party)));
        return representation;
    }

    private CredentialRepresentation credential(String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(config.temporaryPasswords());
        return credential;
    }

    private static String initialPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The identity provider's refusals and outages as problems: a 503 to retry, never a bare 500. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (ProblemException e) {
            throw e;
        } catch (ProcessingException e) {
            throw new ProblemException(503, "Identity provider unavailable",
                    "the identity provider could not be reached; try again", List.of());
        } catch (WebApplicationException e) {
            throw new ProblemException(502, "Identity provider refused",
                    "the identity provider answered " + e.getResponse().getStatus(), List.of());
        }
    }
}
