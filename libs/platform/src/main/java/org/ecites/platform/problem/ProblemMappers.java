package org.ecites.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.ForbiddenException;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a request into an RFC 9457 problem; nothing leaves as a bare 500 page. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.retryAfterSeconds() == null ? respond(e.problem()) : respond(e.problem(), e.retryAfterSeconds());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(RequestPaths.ofViolation(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return respond(ProblemException.invalid("the request breaks " + errors.size() + " rule(s)", errors).problem());
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonParseException e) {
        return respond(ProblemException.invalidField("$", "the body is not well-formed JSON: "
                + e.getOriginalMessage()).problem());
    }

    @ServerExceptionMapper(priority = 1)
    public Response beyondJsonLimits(StreamConstraintsException e) {
        return respond(ProblemException.invalidField("$", "the body goes beyond what a request may hold: "
                + e.getOriginalMessage()).problem());
    }

    /** Replaces Quarkus' own mapper for this exception, which answers in plain JSON. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        return mismatchedJson(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(JsonMappingException e) {
        String field = RequestPaths.ofJson(e.getPath());
        String message = e instanceof InvalidFormatException invalid
                ? "'" + invalid.getValue() + "' is not a valid " + invalid.getTargetType().getSimpleName()
                : e.getOriginalMessage();
        return respond(ProblemException.invalidField(field, message).problem());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemException.forbidden("your role does not allow this").problem());
    }

    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e) {
        LOG.warn("the identity provider cannot be reached", e);
        return respond(new Problem("about:blank", "Service unavailable", 503,
                "tokens cannot be checked right now; try again shortly", List.of()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonParseException unreadable) {
            return unreadableJson(unreadable);
        }
        if (e.getCause() instanceof StreamConstraintsException beyondLimits) {
            return beyondJsonLimits(beyondLimits);
        }
        if (e.getCause() instanceof JsonMappingException mismatched) {
            return mismatchedJson(mismatched);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("the database could not serve a request: %s", e.getMessage());
            return respond(new Problem("about:blank", "Service unavailable", 503,
                    "the database is busy or restarting; nothing was changed, try again shortly", List.of()),
                    DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        LOG.error("request failed unexpectedly", e);
        return respond(new Problem("about:blank", "Internal error", 500,
                "the request could not be completed; nothing was changed", List.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response respond(Problem problem, long retryAfterSeconds) {
        return Response.fromResponse(respond(problem)).header("Retry-After", retryAfterSeconds).build();
    }

}
