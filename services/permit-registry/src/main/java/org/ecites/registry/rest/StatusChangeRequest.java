package org.ecites.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an officer refuses or cancels a document; the reason goes to the audit trail and the event. */
public record StatusChangeRequest(@NotBlank @Size(max = 1000) String reason) {
}
