// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import java.time.Instant;

/**
 * A project (program) clients are enrolled in, as a caller sees it.
 *
 * @param id             the project id, to name when enrolling
 * @param organizationId the organization that runs it
 * @param name           its name
 * @param createdAt      when it was registered
 */
public record Project(String id, String organizationId, String name, Instant createdAt) {
}
