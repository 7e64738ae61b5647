package org.ecites.platform.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.ecites.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a NUL character in any path or query parameter before a resource sees it: PostgreSQL cannot
 * store or compare text holding one, so it would otherwise end as a server error deep in a query.
 * NUL bytes inside JSON bodies are refused by {@link JsonLimits}.
 */
public class HostileInputFilter {

    static final String NUL_MESSAGE = "must not contain a NUL character";

    @ServerRequestFilter
    public void refuseNulCharacters(UriInfo uri) {
        refuseNul(uri.getPathParameters(true));
        refuseNul(uri.getQueryParameters(true));
    }

    private static void refuseNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                throw ProblemException.invalidField("$", "a parameter name " + NUL_MESSAGE);
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    throw ProblemException.invalidField(parameter.getKey(), NUL_MESSAGE);
                }
            }
        }
    }
}
