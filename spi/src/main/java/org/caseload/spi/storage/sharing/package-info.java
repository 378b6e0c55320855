// SPDX-License-Identifier: Apache-2.0
/**
 * The stores and records of privacy between organizations: sharing agreements and clients' consent.
 *
 * <p>The rules every store follows are in {@link org.caseload.spi.storage}.
 */
package org.caseload.spi.storage.sharing;
