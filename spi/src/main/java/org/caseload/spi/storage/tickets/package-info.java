// SPDX-License-Identifier: Apache-2.0
/**
 * The stores and records of support tickets: tickets, their notes, screenshots and history, and their service-level clocks.
 *
 * <p>The rules every store follows are in {@link org.caseload.spi.storage}.
 */
package org.caseload.spi.storage.tickets;
