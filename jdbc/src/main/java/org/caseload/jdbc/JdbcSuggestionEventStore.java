// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.caseload.spi.storage.help.SuggestionCount;
import org.caseload.spi.storage.help.SuggestionEvent;
import org.caseload.spi.storage.help.SuggestionEventKind;
import org.caseload.spi.storage.help.SuggestionEventStore;

/** Events of suggested articles in the {@code suggestion_event} table. Only ever inserts and selects. */
final class JdbcSuggestionEventStore implements SuggestionEventStore {

    private static final String INSERT = "INSERT INTO suggestion_event (id, organization_id, suggestion_id,"
            + " event_kind, ticket_kind, article_id, occurred_at_epoch_ns) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String EVENTS = "SELECT id, organization_id, suggestion_id, event_kind, ticket_kind,"
            + " article_id, occurred_at_epoch_ns FROM suggestion_event WHERE organization_id = ? AND suggestion_id = ?"
            + " ORDER BY occurred_at_epoch_ns, id";
    private static final String COUNTS = "SELECT ticket_kind, event_kind, COUNT(DISTINCT suggestion_id) AS suggestions"
            + " FROM suggestion_event WHERE organization_id = ? AND occurred_at_epoch_ns >= ?"
            + " AND occurred_at_epoch_ns < ? GROUP BY ticket_kind, event_kind ORDER BY ticket_kind, event_kind";

    private final JdbcSession session;

    JdbcSuggestionEventStore(JdbcSession session) {
        this.session = session;
    }

    @Override
    public void append(SuggestionEvent event) {
        session.update("append suggestion event " + event.id(), INSERT, statement -> bind(statement, event));
    }

    private static void bind(PreparedStatement statement, SuggestionEvent event) throws SQLException {
        int column = 1;
        for (String text : new String[] {event.id(), event.organizationId(), event.suggestionId(), event.kind().name(),
                event.ticketKind(), event.articleId()}) {
            statement.setString(column++, text);
        }
        statement.setLong(column, EpochNanos.of(event.occurredAt()));
    }

    @Override
    public List<SuggestionEvent> events(String organizationId, String suggestionId) {
        return session.query("read suggestion events", EVENTS, statement -> {
            statement.setString(1, organizationId);
            statement.setString(2, suggestionId);
        }, row -> new SuggestionEvent(row.getString("id"), row.getString("organization_id"),
                row.getString("suggestion_id"), SuggestionEventKind.valueOf(row.getString("event_kind")),
                row.getString("ticket_kind"), row.getString("article_id"),
                EpochNanos.toInstant(row.getLong("occurred_at_epoch_ns"))));
    }

    @Override
    public List<SuggestionCount> counts(String organizationId, Instant from, Instant to) {
        return session.query("count suggestion events", COUNTS, statement -> {
            statement.setString(1, organizationId);
            statement.setLong(2, EpochNanos.of(from));
            statement.setLong(3, EpochNanos.of(to));
        }, row -> new SuggestionCount(row.getString("ticket_kind"),
                SuggestionEventKind.valueOf(row.getString("event_kind")), row.getInt("suggestions")));
    }
}
