package org.ecites.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecites.api.PartyRule;

/**
 * The isolation suite, generated from a service's committed OpenAPI document: for every operation, no token
 * gets 401, a token without the role gets 403, and a token of a third Party gets 403 or 404 and never the
 * owner's data; an operation that declares no Party rule ({@code x-party-rule}) fails the suite. The test
 * names, per path parameter, an object that belongs to the owning Party, and the texts that would betray
 * its data (numbers, ids) if they leaked.
 */
public final class IsolationSuite {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> GLOBAL_WRITERS = Set.of("secretariat", "platform-admin");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** A realm role that no operation allows. */
    private static final String UNRELATED_ROLE = "sre";

    private final JsonNode document;
    private final String owner;
    private final String stranger;
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, String> selectors = new HashMap<>();
    private final Map<String, Object> bodies = new HashMap<>();
    private final List<String> secrets = new ArrayList<>();

    private IsolationSuite(JsonNode document, String owner, String stranger) {
        this.document = document;
        this.owner = owner;
        this.stranger = stranger;
    }

    /** @param owner the Party whose objects the path values name; @param stranger a Party of no trade with it */
    public static IsolationSuite of(String service, String owner, String stranger) throws IOException {
        return new IsolationSuite(new YAMLMapper().readTree(Files.readString(
                Path.of("../../api-specs/openapi/" + service + ".yaml"))), owner, stranger);
    }

    public IsolationSuite pathValue(String parameter, Object ownersObject) {
        pathValues.put(parameter, String.valueOf(ownersObject));
        return this;
    }

    /** A path parameter that selects within the caller's own data (a year), not an object of the owner. */
    public IsolationSuite selector(String parameter, Object value) {
        selectors.put(parameter, String.valueOf(value));
        return this;
    }

    /** A valid body for an operation, so that the check reaches the Party rule rather than validation. */
    public IsolationSuite body(String operationId, Object body) {
        bodies.put(operationId, body);
        return this;
    }

    /**
     * Text that must never appear in an answer to the stranger (the owner's numbers, ids, names), unless
     * the stranger's own request held it and the answer merely names what was asked for.
     */
    public IsolationSuite secret(Object text) {
        secrets.add(String.valueOf(text));
        return this;
    }

    /** @return every breach found, one line each; empty when the service keeps every Party's data apart */
    public List<String> breaches() {
        List<String> breaches = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                check(operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), breaches);
            }
        }));
        return breaches;
    }

    private void check(String method, String template, JsonNode operation, List<String> breaches) {
        String name = method + " " + template;
        String rule = operation.path(PartyRule.EXTENSION).asText(null);
        if (rule == null) {
            breaches.add(name + ": declares no " + PartyRule.EXTENSION);
            return;
        }
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.path("bearer").forEach(r -> roles.add(r.asText())));
        String path = fill(template, name, breaches);
        if (path == null) {
            return;
        }
        Object body = bodies.getOrDefault(operation.path("operationId").asText(), "{}");
        if (rule.equals(PartyRule.PARTNER_CERTIFICATE)) {
            expect(name, "no certificate", call(method, path, body, null, operation), Set.of(401), breaches);
            expect(name, "a token but no certificate", call(method, path, body, Tokens.maOfficer(owner), operation),
                    Set.of(401), breaches);
            return;
        }
        if (rule.equals(PartyRule.PUBLIC)) {
            expect(name, "anonymous", call(method, path, body, null, operation), Set.of(), breaches);
            return;
        }
        if (roles.isEmpty()) {
            breaches.add(name + ": rule " + rule + " but no role allowed in its security requirement");
            return;
        }
        expect(name, "no token", call(method, path, body, null, operation), Set.of(401), breaches);
        expect(name, "a token without the role", call(method, path, body,
                Tokens.token("outsider", owner, UNRELATED_ROLE), operation), Set.of(403), breaches);
        switch (rule) {
            case PartyRule.OWN_PARTY, PartyRule.ISSUER_OR_IMPORTER -> {
                Response answer = call(method, path, body, Tokens.token("stranger", stranger, roles.get(0)), operation);
                boolean namesAnObject = PARAMETER.matcher(template).results()
                        .anyMatch(parameter -> pathValues.containsKey(parameter.group(1)));
                Set<Integer> allowed = namesAnObject ? Set.of(403, 404) : Set.of();
                expect(name, "another Party's token", answer, allowed, breaches);
                String text = answer.asString();
                String asked = path + " " + body;
                secrets.stream().filter(secret -> !asked.contains(secret)).filter(text::contains).forEach(secret ->
                        breaches.add(name + ": another Party's token was shown '" + secret + "'"));
            }
            case PartyRule.GLOBAL -> {
                if (!method.equals("GET") && !GLOBAL_WRITERS.containsAll(roles)) {
                    breaches.add(name + ": changes global reference data but allows " + roles);
                }
            }
            case PartyRule.ALL_PARTIES -> {
                if (!roles.equals(List.of("secretariat"))) {
                    breaches.add(name + ": the Secretariat's view across Parties allows " + roles);
                }
                expect(name, "a Party's officer", call(method, path, body, Tokens.maOfficer(owner), operation),
                        Set.of(403), breaches);
            }
            case PartyRule.PLATFORM -> {
                if (!roles.equals(List.of("platform-admin"))) {
                    breaches.add(name + ": a platform operation allows " + roles);
                }
            }
            default -> breaches.add(name + ": unknown " + PartyRule.EXTENSION + " '" + rule + "'");
        }
    }

    private String fill(String template, String name, List<String> breaches) {
        Matcher parameters = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameters.find()) {
            String value = pathValues.getOrDefault(parameters.group(1), selectors.get(parameters.group(1)));
            if (value == null) {
                breaches.add(name + ": the suite has no owner's object for {" + parameters.group(1) + "}");
                return null;
            }
            parameters.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameters.appendTail(path);
        return path.toString();
    }

    private static Response call(String method, String path, Object body, String token, JsonNode operation) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isMissingNode() && content.size() > 0) {
            String mediaType = content.fieldNames().next();
            request.contentType(mediaType).body(mediaType.contains("json") ? body : "");
        }
        return request.request(method, path);
    }

    /** An empty set of statuses means any answer but a server error. */
    private static void expect(String name, String who, Response answer, Set<Integer> statuses, List<String> breaches) {
        int status = answer.statusCode();
        if (status >= 500 || !(statuses.isEmpty() || statuses.contains(status))) {
            breaches.add(name + ": " + who + " got " + status + (statuses.isEmpty() ? "" : ", not one of " + statuses));
        }
    }
}
