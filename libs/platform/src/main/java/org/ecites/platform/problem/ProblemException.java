package org.ecites.platform.problem;

import java.util.List;

/** Ends a request with a problem response; thrown by services for every refusal they can explain. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(int status, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.problem = new Problem("about:blank", title, status, detail, errors);
    }

    public Problem problem() {
        return problem;
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
}
