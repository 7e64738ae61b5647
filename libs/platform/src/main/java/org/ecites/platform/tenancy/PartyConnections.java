package org.ecites.platform.tenancy;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.InstanceHandle;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.ecites.platform.security.Caller;
import org.hibernate.Session;

/**
 * Tells PostgreSQL, for every connection taken from the pool, which Party the work acts for: the setting
 * {@code ecites.party} that the row-level security policies compare each row with. A connection is held
 * by one transaction from acquisition to return, so a session setting is safe. Every acquisition sets it,
 * so a pooled connection is not cleared on return (one round trip less per transaction): what it still
 * holds is overwritten before any statement runs. No Party known means the setting is empty, and the
 * policies show no Party's rows.
 */
@ApplicationScoped
public class PartyConnections implements AgroalPoolInterceptor {

    static final String SETTING = "ecites.party";

    @Override
    public void onConnectionAcquire(Connection connection) {
        set(connection, party());
    }

    /**
     * Inside a transaction that goes on for another Party: writes what the session holds, forgets what it read,
     * then tells the transaction's connection the new Party.
     */
    static void switchTransactionTo(String party) {
        Session session = Arc.container().instance(Session.class).get();
        session.flush();
        session.clear();
        session.doWork(connection -> set(connection, party));
    }

    private static String party() {
        return PartyScope.current().orElseGet(PartyConnections::partyOfRequest);
    }

    private static String partyOfRequest() {
        InjectableContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return "";
        }
        InstanceHandle<Caller> caller = Arc.container().instance(Caller.class);
        return caller.isAvailable() ? caller.get().partyIfAny().orElse("") : "";
    }

    private static void set(Connection connection, String party) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, false)")) {
            statement.setString(1, SETTING);
            statement.setString(2, party);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("the Party of this connection could not be set", e);
        }
    }
}
