package org.caseload.help.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The arguments of one tool tip lookup, as the kernel validates them before the lookup runs.
 *
 * @param screenId required, at most {@value #ID_MAX_LENGTH} characters
 * @param fieldId  required, at most {@value #ID_MAX_LENGTH} characters
 */
record ToolTipRequest(
        @NotBlank @Size(max = ID_MAX_LENGTH) String screenId,
        @NotBlank @Size(max = ID_MAX_LENGTH) String fieldId) {

    /** The longest screen or field id accepted. */
    static final int ID_MAX_LENGTH = 200;
}
