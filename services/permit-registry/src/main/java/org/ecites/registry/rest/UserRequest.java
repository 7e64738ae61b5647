package org.ecites.registry.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person to create in the identity provider, checked here as strictly as the realm's user profile checks
 * it, so that a refusal is this service's 400 with the field rather than the identity provider's.
 */
public record UserRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,62}", message = "3 to 63 lower-case letters, digits, '.', '_' or '-'")
        String username,
        @NotBlank @Email @Size(max = 254) @Pattern(regexp = "[\\x21-\\x7e]+", message = "must be a plain e-mail address")
        String email,
        @Size(max = 100) @Pattern(regexp = PERSON_NAME, message = "must be a person's name") String firstName,
        @Size(max = 100) @Pattern(regexp = PERSON_NAME, message = "must be a person's name") String lastName,
        String role) {

    /** Letters, marks, spaces, apostrophes, hyphens and dots: what the realm's person-name check accepts. */
    static final String PERSON_NAME = "[\\p{L}\\p{M} .'-]+";
}
