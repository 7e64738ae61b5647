package org.ecites.registry.service;

/** Who did something to a document, in which role: a person from the token, or another service. */
public record Actor(String name, String role) {

    public static Actor service(String source) {
        return new Actor(source, "service");
    }
}
