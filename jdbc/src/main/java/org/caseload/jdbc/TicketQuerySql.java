// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.caseload.spi.storage.tickets.TicketAssigneeFilter;
import org.caseload.spi.storage.tickets.TicketKind;
import org.caseload.spi.storage.tickets.TicketQuery;
import org.caseload.spi.storage.tickets.TicketStatus;

/**
 * The SELECT of one {@link TicketQuery}: a condition for each criterion the query names, in the
 * order it asks for, and the values to bind. Only the query's shape goes into the text; every value
 * is a parameter. Immutable.
 */
final class TicketQuerySql {

    /** Binds one parameter at a position. */
    @FunctionalInterface
    private interface Parameter {
        void bind(PreparedStatement statement, int index, JdbcSession session) throws SQLException;
    }

    private final String text;
    private final List<Parameter> parameters;

    private TicketQuerySql(String text, List<Parameter> parameters) {
        this.text = text;
        this.parameters = parameters;
    }

    static TicketQuerySql of(TicketQuery query) {
        StringBuilder sql = new StringBuilder("SELECT ").append(JdbcTicketStore.COLUMNS)
                .append(" FROM ticket WHERE organization_id = ?");
        List<Parameter> parameters = new ArrayList<>();
        parameters.add((statement, index, session) -> statement.setString(index, query.organizationId()));
        if (!query.statuses().isEmpty()) {
            List<String> statuses = query.statuses().stream().map(TicketStatus::name).toList();
            sql.append(" AND status = ANY(?)");
            parameters.add((statement, index, session) -> statement.setArray(index, session.textArray(statuses)));
        }
        if (!query.kinds().isEmpty()) {
            List<String> kinds = query.kinds().stream().map(TicketKind::name).toList();
            sql.append(" AND kind = ANY(?)");
            parameters.add((statement, index, session) -> statement.setArray(index, session.textArray(kinds)));
        }
        if (query.assignee() instanceof TicketAssigneeFilter.AssignedTo assignedTo) {
            sql.append(" AND assignee_user_id = ?");
            parameters.add((statement, index, session) -> statement.setString(index, assignedTo.userId()));
        } else if (query.assignee() == TicketAssigneeFilter.unassigned()) {
            sql.append(" AND assignee_user_id IS NULL");
        }
        if (query.reporterUserId() != null) {
            sql.append(" AND reporter_user_id = ?");
            parameters.add((statement, index, session) -> statement.setString(index, query.reporterUserId()));
        }
        if (query.createdFrom() != null) {
            long from = EpochNanos.of(query.createdFrom());
            sql.append(" AND created_at_epoch_ns >= ?");
            parameters.add((statement, index, session) -> statement.setLong(index, from));
        }
        if (query.createdUntil() != null) {
            long until = EpochNanos.of(query.createdUntil());
            sql.append(" AND created_at_epoch_ns <= ?");
            parameters.add((statement, index, session) -> statement.setLong(index, until));
        }
        sql.append(switch (query.order()) {
            case NEWEST_FIRST -> " ORDER BY created_at_epoch_ns DESC, id";
            case OLDEST_FIRST -> " ORDER BY created_at_epoch_ns, id";
            case RECENTLY_UPDATED_FIRST -> " ORDER BY updated_at_epoch_ns DESC, id";
        });
        sql.append(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        parameters.add((statement, index, session) -> statement.setInt(index, query.offset()));
        parameters.add((statement, index, session) -> statement.setInt(index, query.limit()));
        return new TicketQuerySql(sql.toString(), List.copyOf(parameters));
    }

    String text() {
        return text;
    }

    void bind(PreparedStatement statement, JdbcSession session) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            parameters.get(i).bind(statement, i + 1, session);
        }
    }
}
