package org.ecites.registry.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * An application as it is kept with its permit until it is issued: {@link PermitApplication} in a numbered form,
 * so that a later version reads what an earlier one stored. Form 1 is the application's JSON as it is now;
 * changing {@link PermitApplication} incompatibly means a form 2, and reading form 1 into it.
 */
@ApplicationScoped
class StoredApplications {

    private static final int FORM = 1;

    private final ObjectMapper json;

    StoredApplications(ObjectMapper json) {
        this.json = json;
    }

    record Stored(int form, PermitApplication application) {
    }

    String encode(PermitApplication application) {
        try {
            return json.writeValueAsString(new Stored(FORM, application));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the application could not be stored", e);
        }
    }

    PermitApplication decode(String stored) {
        try {
            Stored read = json.readValue(stored, Stored.class);
            if (read.form() != FORM) {
                throw new IllegalStateException("the stored application is of form " + read.form()
                        + ", which this version cannot read");
            }
            return read.application();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored application is unreadable", e);
        }
    }
}
