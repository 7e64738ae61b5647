package org.ecites.platform.problem;

import java.sql.SQLException;

/**
 * Whether a failure only says that the database could not take the request now: no connection free in the
 * pool within its acquisition timeout, the server unreachable (SQLSTATE class 08) or shutting down or
 * starting (class 57P). The transaction rolled back, so the request can simply be sent again: a 503 with
 * Retry-After, never a 500.
 */
final class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 1;
    /** Agroal's pool gives no SQLSTATE for it, only this message. */
    private static final String POOL_EXHAUSTED = "acquisition timeout";

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && momentary(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean momentary(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("57P");
        }
        return e.getMessage() != null && e.getMessage().contains(POOL_EXHAUSTED);
    }
}
