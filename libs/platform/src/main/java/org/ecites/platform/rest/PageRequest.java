package org.ecites.platform.rest;

import io.quarkus.panache.common.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code page} and {@code size} query parameters of every list endpoint. Both are bounded so that
 * the row offset they make always fits the database's paging: a client can never ask for a page
 * beyond 50 million rows and get a server error instead of a problem.
 */
public class PageRequest {

    public static final int MAX_PAGE = 100_000;
    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(MAX_SIZE)
    int size;

    public Page page() {
        return Page.of(page, size);
    }

    public int index() {
        return page;
    }

    public int size() {
        return size;
    }
}
