// SPDX-License-Identifier: Apache-2.0
/**
 * The store of HUD HMIS CSV records: every row of the 24 files of an export, kept column by column.
 *
 * <p>The rules every store follows are in {@link org.caseload.spi.storage}.
 */
package org.caseload.spi.storage.hmis;
