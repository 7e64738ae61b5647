package org.ecites.exchange.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The importing Management Authority's decision on a received document; a rejection says why. */
public record DecisionRequest(
        @NotNull @Pattern(regexp = "ACCEPTED|REJECTED", message = "must be ACCEPTED or REJECTED") String decision,
        @Size(max = 1000) String reason) {
}
