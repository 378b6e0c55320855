// SPDX-License-Identifier: Apache-2.0
package org.caseload.http;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Issue a new credential to an organization. An organization holds at most two active credentials
 * at once, so that one can replace the other without a gap.
 *
 * @param organizationId the organization that will sign with it
 */
public record IssueChannelCredential(@NotBlank @Size(max = 200) String organizationId) {
}
