package org.ecites.platform.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Every operation may be answered 503 by {@link RequestsInProgressLimit}: each service's contract says so, and what
 * a caller does then. Named in the shared {@code mp.openapi.filter} setting.
 */
public class ShedRequestsDocumented implements OASFilter {

    private static final String DESCRIPTION = "The service has as many requests in progress as it takes on;"
            + " nothing was done. Send it again after Retry-After seconds (an application/problem+json body says so"
            + " too).";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation ->
                operation.getResponses().addAPIResponse("503",
                        OASFactory.createAPIResponse().description(DESCRIPTION))));
    }
}
