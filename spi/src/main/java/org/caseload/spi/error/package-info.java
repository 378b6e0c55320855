// SPDX-License-Identifier: Apache-2.0
/**
 * The one exception hierarchy of Caseload, rooted at {@link org.caseload.spi.error.CaseloadException}.
 *
 * <p>It lives in the SPI because storage and other host implementations throw these exceptions
 * too (see {@code docs/decisions/0002-exceptions-in-the-spi.md}).
 */
package org.caseload.spi.error;
