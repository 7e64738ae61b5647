package org.ecites.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One fault in a request: the JSON path of the field, what is wrong, and, for a broken business
 * rule, the rule's name and the box of the CITES standard form it concerns.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String field, String message, String rule, String box) {

    public FieldProblem(String field, String message) {
        this(field, message, null, null);
    }
}
