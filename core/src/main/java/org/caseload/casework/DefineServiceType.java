// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.caseload.spi.storage.casework.ServiceUnit;

/**
 * Defines a service type in one of the caller's organization's groups.
 *
 * @param groupId required
 * @param name    required, at most {@value DefineServiceGroup#NAME_MAX_LENGTH} characters
 * @param unit    what a delivered value of this type measures; required
 */
public record DefineServiceType(
        @NotBlank String groupId,
        @NotBlank @Size(max = DefineServiceGroup.NAME_MAX_LENGTH) String name,
        @NotNull ServiceUnit unit) {
}
