// SPDX-License-Identifier: Apache-2.0
package org.caseload.help.internal.kb;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How many rows a report may return, as the kernel validates it: 1 to 500. */
record LimitRequest(@Min(1) @Max(500) int limit) {
}
