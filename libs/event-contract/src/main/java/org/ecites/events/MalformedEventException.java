package org.ecites.events;

/** An event that can never be processed, whatever the retries: it belongs on the dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
