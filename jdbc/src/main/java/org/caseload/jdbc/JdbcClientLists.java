// SPDX-License-Identifier: Apache-2.0
package org.caseload.jdbc;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.caseload.spi.storage.clients.ClientAddress;
import org.caseload.spi.storage.clients.ClientRecord;
import org.caseload.spi.storage.clients.PersonName;

/**
 * The lists of a client kept in tables of their own, in order: aliases in {@code client_alias},
 * the address history in {@code client_address}. Used by {@link JdbcClientStore} in its unit of work.
 */
final class JdbcClientLists {

    private static final String INSERT_ALIAS = "INSERT INTO client_alias (client_id, ordinal, first_name, middle_name,"
            + " last_name, suffix) VALUES (?, ?, ?, ?, ?, ?)";

    private static final String INSERT_ADDRESS = "INSERT INTO client_address (client_id, ordinal, line1, line2, city,"
            + " region, postal_code, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String DELETE_ALIASES = "DELETE FROM client_alias WHERE client_id = ?";

    private static final String DELETE_ADDRESSES = "DELETE FROM client_address WHERE client_id = ?";

    /**
     * Both lists of clients in one statement: a row per alias ({@code A}, its name in the first
     * four texts) and per address ({@code D}, its lines, city, region and postal code in the five
     * texts, its dates in the two dates), in order within each list.
     */
    private static final String SELECT_LISTS = "SELECT 'A' AS list, client_id, ordinal, first_name AS text1,"
            + " middle_name AS text2, last_name AS text3, suffix AS text4, CAST(NULL AS VARCHAR) AS text5,"
            + " CAST(NULL AS DATE) AS date1, CAST(NULL AS DATE) AS date2 FROM client_alias WHERE client_id = ANY(?)"
            + " UNION ALL SELECT 'D' AS list, client_id, ordinal, line1, line2, city, region, postal_code,"
            + " valid_from, valid_to FROM client_address WHERE client_id = ANY(?)"
            + " ORDER BY client_id, list, ordinal";

    private final JdbcSession session;

    JdbcClientLists(JdbcSession session) {
        this.session = session;
    }

    /** Stores the lists of clients that have none stored: each table's rows of them all in one batch. */
    void insertAll(List<ClientRecord> clients) {
        List<Listed<PersonName>> aliases = listed(clients, client -> client.identity().aliases());
        if (!aliases.isEmpty()) {
            session.updateEach("store the aliases of " + clients.size() + " clients", INSERT_ALIAS, aliases,
                    (statement, listed) -> {
                        PersonName alias = listed.element();
                        statement.setString(1, listed.clientId());
                        statement.setInt(2, listed.ordinal());
                        statement.setString(3, alias.first());
                        statement.setString(4, alias.middle());
                        statement.setString(5, alias.last());
                        statement.setString(6, alias.suffix());
                    });
        }
        List<Listed<ClientAddress>> addresses = listed(clients, client -> client.contact().addresses());
        if (!addresses.isEmpty()) {
            session.updateEach("store the addresses of " + clients.size() + " clients", INSERT_ADDRESS, addresses,
                    (statement, listed) -> {
                        ClientAddress address = listed.element();
                        statement.setString(1, listed.clientId());
                        statement.setInt(2, listed.ordinal());
                        statement.setString(3, address.line1());
                        statement.setString(4, address.line2());
                        statement.setString(5, address.city());
                        statement.setString(6, address.region());
                        statement.setString(7, address.postalCode());
                        statement.setObject(8, address.from(), Types.DATE);
                        statement.setObject(9, address.to(), Types.DATE);
                    });
        }
    }

    /** Removes the lists of a client. */
    void delete(String clientId) {
        session.update("remove the aliases of client " + clientId, DELETE_ALIASES,
                statement -> statement.setString(1, clientId));
        session.update("remove the addresses of client " + clientId, DELETE_ADDRESSES,
                statement -> statement.setString(1, clientId));
    }

    /** The aliases and the address history of each of these clients that has any, in order. */
    Lists read(Collection<String> clientIds) {
        List<Listed<Object>> rows = session.query("read the aliases and addresses of clients", SELECT_LISTS,
                statement -> {
                    statement.setArray(1, session.textArray(clientIds));
                    statement.setArray(2, session.textArray(clientIds));
                },
                row -> new Listed<>(row.getString("client_id"), row.getInt("ordinal"), "A".equals(row.getString("list"))
                        ? new PersonName(row.getString("text1"), row.getString("text2"), row.getString("text3"),
                                row.getString("text4"))
                        : new ClientAddress(row.getString("text1"), row.getString("text2"), row.getString("text3"),
                                row.getString("text4"), row.getString("text5"),
                                row.getObject("date1", LocalDate.class), row.getObject("date2", LocalDate.class))));
        Map<String, List<PersonName>> aliases = new HashMap<>();
        Map<String, List<ClientAddress>> addresses = new HashMap<>();
        for (Listed<Object> row : rows) {
            if (row.element() instanceof PersonName alias) {
                aliases.computeIfAbsent(row.clientId(), id -> new ArrayList<>()).add(alias);
            } else {
                addresses.computeIfAbsent(row.clientId(), id -> new ArrayList<>()).add((ClientAddress) row.element());
            }
        }
        return new Lists(aliases, addresses);
    }

    /** The lists of some clients, by client id; a client without aliases or addresses is not in that map. */
    record Lists(Map<String, List<PersonName>> aliases, Map<String, List<ClientAddress>> addresses) {
    }

    /** Every element of one list of each client, with its client and its place in the list. */
    private static <E> List<Listed<E>> listed(List<ClientRecord> clients, Function<ClientRecord, List<E>> list) {
        List<Listed<E>> listed = new ArrayList<>();
        for (ClientRecord client : clients) {
            List<E> elements = list.apply(client);
            for (int ordinal = 0; ordinal < elements.size(); ordinal++) {
                listed.add(new Listed<>(client.id(), ordinal, elements.get(ordinal)));
            }
        }
        return listed;
    }

    /** One row of a client's list. */
    private record Listed<E>(String clientId, int ordinal, E element) {
    }
}
