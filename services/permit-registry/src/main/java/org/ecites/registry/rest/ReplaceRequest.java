package org.ecites.registry.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The replacement document, and why the one it replaces is voided. */
public record ReplaceRequest(@NotBlank @Size(max = 1000) String reason, @NotNull @Valid IssuePermitRequest document) {
}
