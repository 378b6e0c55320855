// SPDX-License-Identifier: Apache-2.0
package org.caseload.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Registers a project of the caller's organization.
 *
 * @param name required, at most {@value #NAME_MAX_LENGTH} characters
 */
public record RegisterProject(@NotBlank @Size(max = NAME_MAX_LENGTH) String name) {

    /** The longest project name accepted. */
    public static final int NAME_MAX_LENGTH = 200;
}
