// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.util.Objects;
import org.caseload.linkage.ScoredPair;

/**
 * A client the caller may see that may be the person described, as an intake check or a search
 * finds it.
 *
 * @param client the client, as the caller may see it
 * @param match  how the described person and the client compared: {@code idA} is the described
 *               person's (the id of the command's subject, or {@code "?"} when it has none yet),
 *               {@code idB} the client's; the score, its classification and every field's agreement
 */
public record DuplicateCandidate(Client client, ScoredPair match) {
    public DuplicateCandidate {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(match, "match");
    }
}
