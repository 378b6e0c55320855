// SPDX-License-Identifier: Apache-2.0
/**
 * The stores and records of help: knowledge-base feedback and searches that found nothing.
 *
 * <p>The rules every store follows are in {@link org.caseload.spi.storage}.
 */
package org.caseload.spi.storage.help;
