// SPDX-License-Identifier: Apache-2.0
/**
 * Help's in-memory stores, contributed to core's {@code InMemoryStorage} through
 * {@link org.caseload.help.internal.memory.HelpMemoryStores}. Not part of the public API.
 */
package org.caseload.help.internal.memory;
