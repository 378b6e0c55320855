// SPDX-License-Identifier: Apache-2.0
/**
 * The stores and records of clients: the client record with its HUD data elements, match keys for duplicate detection, merges and links.
 *
 * <p>The rules every store follows are in {@link org.caseload.spi.storage}.
 */
package org.caseload.spi.storage.clients;
