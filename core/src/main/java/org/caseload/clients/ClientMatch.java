// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.List;
import org.caseload.linkage.FieldComparison;

/**
 * A client found by a search.
 *
 * @param client the client
 * @param score  how well the client agrees with the search, from 0 to 1: the probability that the
 *               client is the person searched for, given what the search named (1 for a client
 *               named by its id)
 * @param fields how each field the matcher compares agreed with the search, so a person can see
 *               why the client was found; a field the search did not name is missing
 */
public record ClientMatch(Client client, double score, List<FieldComparison> fields) {
    public ClientMatch {
        fields = List.copyOf(fields);
    }
}
