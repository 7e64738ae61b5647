package org.ecites.platform.problem;

import java.util.List;

/** Ends a request with a problem response; thrown by services for every refusal they can explain. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    /** Whole seconds after which the same request may succeed; null when waiting would not help. */
    private final Long retryAfterSeconds;

    public ProblemException(int status, String title, String detail, List<FieldProblem> errors) {
        this(new Problem("about:blank", title, status, detail, errors), null);
    }

    private ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ProblemException invalid(String detail, List<FieldProblem> errors) {
        return new ProblemException(400, "Invalid request", detail, errors);
    }

    public static ProblemException invalidField(String field, String message) {
        return invalid(message, List.of(new FieldProblem(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(new Problem("about:blank", "Too many requests", 429, detail, List.of()),
                retryAfterSeconds);
    }
}
