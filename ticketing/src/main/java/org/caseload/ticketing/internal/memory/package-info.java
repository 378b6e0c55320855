// SPDX-License-Identifier: Apache-2.0
/**
 * Ticketing's in-memory stores, contributed to core's {@code InMemoryStorage} through
 * {@link org.caseload.ticketing.internal.memory.TicketingMemoryStores}. Not part of the public API.
 */
package org.caseload.ticketing.internal.memory;
