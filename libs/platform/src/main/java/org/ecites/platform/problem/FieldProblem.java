package org.ecites.platform.problem;

/** One field at fault: its JSON path in the request and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
