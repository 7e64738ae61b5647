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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.ecites.platform.tenancy.PartyScope;

/**
 * Permits' statuses with what customs endorsed and cleared, in one statement outside any transaction, however many
 * permits are asked for: the public verification asks on every scan, and the signed permit's entity would fetch its
 * documents (several kB) for one word. Per permit, the first row carries the status; endorsement and clearance rows
 * follow in their order.
 */
@ApplicationScoped
public class PermitStatusRows {

    public enum Kind { PERMIT, ENDORSED, CLEARED }

    public record PermitKey(String issuerParty, String permitNumber) {
    }

    /** @param on the day endorsed or arrived; null on the permit's own row */
    public record Row(PermitState status, Kind kind, String itemId, BigDecimal quantity, LocalDate on, String port) {
    }

    private static final String QUERY = """
            with p as (select s.permit_id, s.status, s.issuer_party, s.permit_number
                         from signed_permit s
                         join unnest(?::text[], ?::text[]) as asked(issuer_party, permit_number)
                           on s.issuer_party = asked.issuer_party and s.permit_number = asked.permit_number)
            select p.issuer_party, p.permit_number, p.status, 'PERMIT' as kind, null as item_id,
                   null::numeric as quantity, null::date as on_day, null as port, 0 as part
              from p
            union all
            select p.issuer_party, p.permit_number, p.status, 'ENDORSED', e.item_id, e.quantity, e.endorsed_on,
                   e.port, 1
              from p join permit_endorsement e on e.permit_id = p.permit_id
            union all
            select p.issuer_party, p.permit_number, p.status, 'CLEARED', c.item_id, c.quantity, c.arrived_on,
                   c.port, 2
              from p join permit_clearance c on c.permit_id = p.permit_id
            order by issuer_party, permit_number, part, on_day, item_id""";

    private final DataSource dataSource;

    PermitStatusRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows of each permit visible to the Party (or scope) given; a permit not visible has no entry. */
    public Map<PermitKey, List<Row>> of(String party, List<PermitKey> permits) {
        if (permits.isEmpty()) {
            return Map.of();
        }
        return PartyScope.reading(party, () -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement(QUERY)) {
                statement.setArray(1, connection.createArrayOf("text",
                        permits.stream().map(PermitKey::issuerParty).toArray()));
                statement.setArray(2, connection.createArrayOf("text",
                        permits.stream().map(PermitKey::permitNumber).toArray()));
                return rows(statement);
            } catch (SQLException e) {
                throw new IllegalStateException("the status of " + permits.size() + " permits could not be read", e);
            }
        });
    }

    private static Map<PermitKey, List<Row>> rows(PreparedStatement statement) throws SQLException {
        Map<PermitKey, List<Row>> rows = new HashMap<>();
        try (ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                Date on = result.getDate(7);
                rows.computeIfAbsent(new PermitKey(result.getString(1), result.getString(2)), key -> new ArrayList<>())
                        .add(new Row(PermitState.valueOf(result.getString(3)), Kind.valueOf(result.getString(4)),
                                result.getString(5), result.getBigDecimal(6), on == null ? null : on.toLocalDate(),
                                result.getString(8)));
            }
        }
        return rows;
    }
}
