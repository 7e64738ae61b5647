package org.ecites.signing.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.ecites.platform.tenancy.PartyScope;

/**
 * A permit's status with what customs endorsed and cleared, in one statement outside any transaction: the public
 * verification asks for it on every scan, and the signed permit's entity would fetch its documents (several kB)
 * for one word. The first row carries the status; endorsement and clearance rows follow in their order.
 */
@ApplicationScoped
public class PermitStatusRows {

    public enum Kind { PERMIT, ENDORSED, CLEARED }

    /** @param on the day endorsed or arrived; null on the permit's own row */
    public record Row(PermitState status, Kind kind, String itemId, BigDecimal quantity, LocalDate on, String port) {
    }

    private static final String QUERY = """
            with p as (select permit_id, status from signed_permit where issuer_party = ? and permit_number = ?)
            select p.status, 'PERMIT' as kind, null as item_id, null::numeric as quantity, null::date as on_day,
                   null as port, 0 as part
              from p
            union all
            select p.status, 'ENDORSED', e.item_id, e.quantity, e.endorsed_on, e.port, 1
              from p join permit_endorsement e on e.permit_id = p.permit_id
            union all
            select p.status, 'CLEARED', c.item_id, c.quantity, c.arrived_on, c.port, 2
              from p join permit_clearance c on c.permit_id = p.permit_id
            order by part, on_day, item_id""";

    private final DataSource dataSource;

    PermitStatusRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Empty when no such permit is visible to the Party (or scope) given. */
    public List<Row> of(String party, String issuerParty, String permitNumber) {
        return PartyScope.reading(party, () -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(QUERY)) {
                statement.setString(1, issuerParty);
                statement.setString(2, permitNumber);
                return rows(statement);
            } catch (SQLException e) {
                throw new IllegalStateException("the status of " + permitNumber + " could not be read", e);
            }
        });
    }

    private static List<Row> rows(PreparedStatement statement) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                Date on = result.getDate(5);
                rows.add(new Row(PermitState.valueOf(result.getString(1)), Kind.valueOf(result.getString(2)),
                        result.getString(3), result.getBigDecimal(4), on == null ? null : on.toLocalDate(),
                        result.getString(6)));
            }
        }
        return rows;
    }
}
