// SPDX-License-Identifier: Apache-2.0
/**
 * The link between an organization's ticketing and the vendor's support desk: escalations go out,
 * vendor notes and status changes come back.
 */
package org.caseload.spi.support;
