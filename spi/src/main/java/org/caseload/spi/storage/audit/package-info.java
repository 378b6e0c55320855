// SPDX-License-Identifier: Apache-2.0
/**
 * The store and records of the audit log.
 *
 * <p>The rules every store follows are in {@link org.caseload.spi.storage}.
 */
package org.caseload.spi.storage.audit;
