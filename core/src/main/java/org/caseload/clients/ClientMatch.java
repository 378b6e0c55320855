package org.caseload.clients;

/**
 * A client found by a search.
 *
 * @param client the client
 * @param score  how well the client's names match the search, from 0 (nothing) to 1 (every
 *               searched name part)
 */
public record ClientMatch(Client client, double score) {
}
