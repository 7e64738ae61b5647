package org.ecites.platform.tenancy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Party whose rows the database lets this thread see, for work that no request token speaks for:
 * an event handler acts under the Party that the producing service named, a scheduled job of the
 * platform over every Party ({@link #EVERY_PARTY}). Requests take the Party of their verified token.
 */
public final class PartyScope {

    /** The scope of work that must see every Party's rows; row-level policies accept it by name. */
    public static final String EVERY_PARTY = "*";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private PartyScope() {
    }

    private static <T> T call(String party, Supplier<T> work) {
        String outer = CURRENT.get();
        CURRENT.set(party);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * Runs the work in a transaction of its own under the Party's scope: the transaction's connection is
     * taken inside the scope, so the database sees that Party whatever the caller held before.
     */
    public static <T> T inTransaction(String party, Supplier<T> work) {
        return call(party, () -> QuarkusTransaction.requiringNew().call(work::get));
    }

    public static void inTransaction(String party, Runnable work) {
        inTransaction(party, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs the pieces one after another in one transaction, each under its own Party. Before a piece of another
     * Party than the piece before it, what the transaction wrote so far is flushed, the session forgets the
     * entities it read, and the connection is told the new Party: every row is written, checked and read under
     * the Party it belongs to, as if each piece had a transaction of its own.
     */
    public static <T> void inOneTransaction(List<T> pieces, Function<T, String> partyOf, Consumer<T> work) {
        QuarkusTransaction.requiringNew().run(() -> {
            String previous = null;
            for (T piece : pieces) {
                String party = partyOf.apply(piece);
                boolean switching = previous != null && !previous.equals(party);
                call(party, () -> {
                    if (switching) {
                        PartyConnections.switchTransactionTo(party);
                    }
                    work.accept(piece);
                    return null;
                });
                previous = party;
            }
        });
    }

    /**
     * Runs the work under the Party's scope outside any transaction: for one read statement on a connection of
     * its own (autocommit), which a hot read path takes without the transaction manager's bookkeeping.
     */
    public static <T> T reading(String party, Supplier<T> work) {
        return call(party, work);
    }

    static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
