// SPDX-License-Identifier: Apache-2.0
/** The in-memory store of HMIS CSV records, contributed to core's {@code InMemoryStorage}. */
package org.caseload.hmis.internal.memory;
