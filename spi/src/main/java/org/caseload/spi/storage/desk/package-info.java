// SPDX-License-Identifier: Apache-2.0
/**
 * The stores and records of the vendor's support desk: escalated tickets, their notes, attachments and history.
 *
 * <p>The rules every store follows are in {@link org.caseload.spi.storage}.
 */
package org.caseload.spi.storage.desk;
