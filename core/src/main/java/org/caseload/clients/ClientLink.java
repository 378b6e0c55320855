// SPDX-License-Identifier: Apache-2.0
package org.caseload.clients;

import java.time.Instant;

/**
 * Two clients known to be one person, kept as two records.
 *
 * @param id        the link id
 * @param clientIdA the client whose id sorts first
 * @param clientIdB the other client
 * @param linkedBy  the user who linked them
 * @param linkedAt  when
 */
public record ClientLink(String id, String clientIdA, String clientIdB, String linkedBy, Instant linkedAt) {
}
