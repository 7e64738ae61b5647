package org.ecites.platform.rest;

import org.ecites.platform.security.Caller;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The Party a request works for, in the log context of its lines (the JSON logs' {@code mdc}), beside the trace
 * id OpenTelemetry puts there; event handling adds the document it concerns.
 */
public class LogContext {

    public static final String PARTY = "party";
    public static final String DOCUMENT = "document";

    private final Caller caller;

    LogContext(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void partyOfTheRequest() {
        caller.partyIfAny().ifPresent(party -> MDC.put(PARTY, party));
    }

    @ServerResponseFilter
    public void forget() {
        MDC.remove(PARTY);
    }
}
